package org.kizuna.metrics.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.kizuna.domain.Period;
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
 * Support request frequency: tickets opened in the period per customer active during it, per month, so that
 * periods of any length compare. Fewer requests per customer is read as less friction, so lower is better. A
 * workspace without any ticket has no data rather than zero requests.
 */
public final class SupportRequestFrequency implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "support_request_frequency",
            Family.SUPPORT,
            "サポートリクエストの頻度",
            "Support request frequency",
            Unit.PER_CUSTOMER,
            "期間中に起票されたチケット数 ÷ 期間中にアクティブだった顧客数 ÷ 期間の月数。",
            "tickets opened in the period / customers active during the period / the period's months.",
            List.of("000"),
            false);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        boolean known = inputs.support().hasTickets();
        List<TicketOutcomeCount> tickets =
                known ? inputs.support().ticketOutcomes(request.period(), request.by()) : List.of();
        List<ActivityTally> activity = inputs.activity(request.period(), request.by());
        List<String> values = Stream.concat(
                        tickets.stream().map(TicketOutcomeCount::segmentValue),
                        activity.stream().map(ActivityTally::segmentValue))
                .toList();
        String convention = inputs.activityBasis().describe()
                + "; value = every ticket opened in the period (workspace time zone), whatever its customer's"
                + " activity, / customers active on at least one day of the period / " + months(request.period())
                + (known ? "" : "; no tickets in the workspace: no data");
        return Segmentation.segments(request, values).stream()
                .map(segment -> result(
                        request,
                        segment,
                        known,
                        Segmentation.rowsIn(segment, tickets, TicketOutcomeCount::segmentValue).stream()
                                .mapToLong(TicketOutcomeCount::tickets)
                                .sum(),
                        ActivityCounts.of(Segmentation.rowsIn(segment, activity, ActivityTally::segmentValue))
                                .activeDuring(),
                        convention))
                .toList();
    }

    private static String months(Period period) {
        int whole = period.wholeMonths().size();
        return whole > 0 ? whole + " calendar month(s)" : "(" + period.days() + " days / 30.4375) months";
    }

    private static MetricResult result(
            MetricRequest request, Segment segment, boolean known, long tickets, long active, String convention) {
        String currency = request.settings().reportingCurrency();
        BigDecimal months = request.period().months();
        BigDecimal perCustomerMonth = known
                ? new Ratio(
                                BigDecimal.valueOf(tickets),
                                BigDecimal.valueOf(active).multiply(months))
                        .value()
                : null;
        Parts parts = new Parts(currency)
                .count("tickets", tickets)
                .count("active_customers", active)
                .figure("months", Unit.MONTHS, months);
        return DEFINITION.result(
                request,
                segment,
                perCustomerMonth,
                parts.asMap(),
                known ? BigDecimal.valueOf(tickets) : null,
                BigDecimal.valueOf(active),
                convention);
    }
}
