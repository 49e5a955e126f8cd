package org.kizuna.metrics.engagement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;
import org.kizuna.metrics.Distribution;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Unit;
import org.kizuna.metrics.ValueCount;

/**
 * Time on site: the mean session duration in minutes, with the median beside it (002 asks for both). Each
 * event carrying a {@code duration_seconds} within the period is one session's length, the session's own event;
 * medians come from the counted durations, so that they are exact for any segment.
 */
public final class TimeOnSite implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "time_on_site",
            Family.ENGAGEMENT,
            "サイト滞在時間",
            "Time on site / session duration",
            Unit.MINUTES,
            "期間中のセッションの長さ（分）の平均。中央値も示す。セッションの長さは duration_seconds を持つイベントの値。",
            "mean session duration in minutes over the period's sessions, with the median beside it; a session's"
                    + " length is the duration_seconds of its event that carries one.",
            List.of("002"),
            true,
            Set.of("channel"));

    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        String convention = "value = mean, part median_minutes = median (linear interpolation) of the sessions"
                + " measured: every event with a duration_seconds timestamped within the period is one session"
                + (UsageSlices.byRowAttribute(request)
                        ? "; broken down by " + request.by().get() + ", under the value of that event"
                        : "");
        return UsageSlices.of(
                        request,
                        by -> inputs.engagement().sessionDurations(request.period(), by),
                        ValueCount::segmentValue)
                .stream()
                .map(slice -> result(request, slice.segment(), Distribution.of(slice.rows()), convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request, Segment segment, Distribution seconds, String convention) {
        String currency = request.settings().reportingCurrency();
        Parts parts = new Parts(currency)
                .figure("median_minutes", Unit.MINUTES, minutes(seconds.median()))
                .count("sessions", seconds.size());
        return DEFINITION.result(
                request,
                segment,
                minutes(seconds.mean()),
                parts.asMap(),
                seconds.size() == 0 ? null : Unit.MINUTES.round(minutes(seconds.sum()), currency),
                BigDecimal.valueOf(seconds.size()),
                convention);
    }

    private static BigDecimal minutes(BigDecimal seconds) {
        return seconds == null ? null : seconds.divide(SECONDS_PER_MINUTE, MathContext.DECIMAL64);
    }
}
