package org.kizuna.metrics.support;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.function.Function;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.metrics.Distribution;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;
import org.kizuna.metrics.ValueCount;

/**
 * The rule that first-response time and time to resolution share, which differ only in the clock's event and
 * the target: over the tickets opened in the period that have reached the event, the median hours from opening
 * to it is the value, with the mean, the 90th percentile and the share at or below the workspace's target
 * beside it. Tickets that have not reached it are counted apart, never measured as zero or up to the period's
 * end, so an open backlog cannot make the figures look faster.
 */
final class TicketTimeRule {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal P90 = new BigDecimal("0.9");

    private final MetricDefinition definition;
    private final TicketClock clock;
    private final Function<WorkspaceSettings, BigDecimal> targetHours;
    private final String event;
    private final String pendingPart;

    /**
     * @param definition the metric the rule computes
     * @param clock the event the time runs to
     * @param targetHours the workspace's target for that time
     * @param event the event in words, for the convention
     * @param pendingPart the part counting the tickets that have not reached the event
     */
    TicketTimeRule(
            MetricDefinition definition,
            TicketClock clock,
            Function<WorkspaceSettings, BigDecimal> targetHours,
            String event,
            String pendingPart) {
        this.definition = definition;
        this.clock = clock;
        this.targetHours = targetHours;
        this.event = event;
        this.pendingPart = pendingPart;
    }

    List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<TicketTimeCount> rows = inputs.support().ticketTimes(request.period(), request.by(), clock);
        BigDecimal target = targetHours.apply(request.settings());
        String convention = "tickets opened in the period (workspace time zone), with their " + event
                + " as the data stands; value = median hours from opening to " + event
                + " (linear interpolation, durations in whole seconds) over the tickets that have one;"
                + " within_target_pct = share of them at or below "
                + target.stripTrailingZeros().toPlainString()
                + " hours; tickets without one are counted as " + pendingPart + ", not measured";
        return Segmentation.slices(request, rows, TicketTimeCount::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), slice.rows(), target, convention))
                .toList();
    }

    private MetricResult result(
            MetricRequest request, Segment segment, List<TicketTimeCount> rows, BigDecimal target, String convention) {
        String currency = request.settings().reportingCurrency();
        Distribution hours = Distribution.of(rows.stream()
                .filter(TicketTimeCount::reached)
                .map(row -> new ValueCount(row.segmentValue(), hours(row.seconds()), row.tickets()))
                .toList());
        long pending = rows.stream()
                .filter(row -> !row.reached())
                .mapToLong(TicketTimeCount::tickets)
                .sum();
        Parts parts = new Parts(currency)
                .figure("mean_hours", Unit.HOURS, hours.mean())
                .figure("p90_hours", Unit.HOURS, hours.quantile(P90))
                .figure(
                        "within_target_pct",
                        Unit.PERCENT,
                        Ratio.of(hours.atOrBelow(target), hours.size()).percent())
                .count("tickets", hours.size())
                .count(pendingPart, pending);
        return definition.result(
                request, segment, hours.median(), parts.asMap(), null, BigDecimal.valueOf(hours.size()), convention);
    }

    private static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, MathContext.DECIMAL64);
    }
}
