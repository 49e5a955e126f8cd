package org.kizuna.metrics.engagement;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.kizuna.metrics.ActivityCounts;
import org.kizuna.metrics.ActivityTally;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;

/**
 * Usage frequency: sessions per active customer per week (000), with events per active customer per week
 * beside it. A session is a distinct session id of a customer; an event without one, such as an API sync,
 * counts as a session of its own. Without any events in the workspace it is "no data", not 0.
 */
public final class UsageFrequency implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "usage_frequency",
            Family.ENGAGEMENT,
            "製品の使用頻度",
            "Usage frequency",
            Unit.PER_CUSTOMER,
            "期間中のセッション数 ÷ 期間中にアクティブな顧客数 ÷ 期間の週数（日数 ÷ 7）。セッションIDのないイベントは1件で1セッション。" + "イベント数による同じ値も示す。",
            "sessions in the period / customers active during the period / its weeks (days / 7). An event"
                    + " without a session id counts as one session. The same figure over events is shown beside it.",
            List.of("000"),
            true);

    private static final long DAYS_PER_WEEK = 7;

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        boolean recorded = inputs.engagement().recordedChannels().contains(InteractionChannel.PRODUCT);
        List<ActivityTally> activity = inputs.activity(request.period(), request.by());
        List<SessionTally> sessions = inputs.engagement().sessions(request.period(), request.by());
        String convention = "sessions = distinct session ids per customer plus one per event without a session id,"
                + " timestamped within the period; weeks = " + request.period().days() + " days / 7; "
                + inputs.activityBasis().describe() + "; every customer's sessions count, active or not";
        List<String> values = Stream.concat(
                        activity.stream().map(ActivityTally::segmentValue),
                        sessions.stream().map(SessionTally::segmentValue))
                .toList();
        return Segmentation.segments(request, values).stream()
                .map(segment -> result(
                        request,
                        segment,
                        ActivityCounts.of(Segmentation.rowsIn(segment, activity, ActivityTally::segmentValue))
                                .activeDuring(),
                        Segmentation.rowsIn(segment, sessions, SessionTally::segmentValue),
                        recorded,
                        convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request,
            Segment segment,
            long activeCustomers,
            List<SessionTally> rows,
            boolean recorded,
            String convention) {
        String currency = request.settings().reportingCurrency();
        long sessions = rows.stream().mapToLong(SessionTally::sessions).sum();
        long events = rows.stream().mapToLong(SessionTally::events).sum();
        long customerDays = activeCustomers * request.period().days();
        Parts parts = new Parts(currency)
                .count("sessions", sessions)
                .count("active_customers", activeCustomers)
                .count("days", request.period().days())
                .count("events", events)
                .figure("events_per_customer_per_week", Unit.PER_CUSTOMER, perWeek(events, customerDays, recorded));
        return DEFINITION.result(
                request,
                segment,
                perWeek(sessions, customerDays, recorded),
                parts.asMap(),
                BigDecimal.valueOf(sessions),
                BigDecimal.valueOf(activeCustomers),
                convention);
    }

    // count / customers / (days / 7), as one division.
    private static BigDecimal perWeek(long count, long customerDays, boolean recorded) {
        return recorded ? Ratio.of(count * DAYS_PER_WEEK, customerDays).value() : null;
    }
}
