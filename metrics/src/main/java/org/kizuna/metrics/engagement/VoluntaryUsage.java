package org.kizuna.metrics.engagement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Unit;

/**
 * Voluntary usage: the percentage of sessions that no outreach (email, CSM nudge, notification) triggered,
 * and beside it the percentage of customers with at least one such self-initiated session (000). A session is
 * prompted when any of its events names an outreach in {@code prompted_by}.
 */
public final class VoluntaryUsage implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "voluntary_usage",
            Family.ENGAGEMENT,
            "自発的な製品利用",
            "Voluntary (self-initiated) usage",
            Unit.PERCENT,
            "働きかけ（メール、CSMの促し、通知など）によらないセッション数 ÷ セッション数 × 100。" + "自発的なセッションが1つ以上ある顧客の割合も示す。",
            "sessions not triggered by an outreach (email, CSM nudge, notification) / sessions × 100; also the"
                    + " share of customers with at least one self-initiated session.",
            List.of("000"),
            true,
            Set.of("channel"));

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        String convention = "a session (a distinct session id of a customer, or an event without one) is prompted"
                + " when any of its events within the period has a prompted_by, else self-initiated;"
                + " self_initiated_customers_pct = customers with a self-initiated session / customers with any"
                + " session × 100" + UsageSlices.rowAttributeClause(request, "a session or customer");
        return UsageSlices.of(
                        request, by -> inputs.engagement().sessions(request.period(), by), SessionTally::segmentValue)
                .stream()
                .map(slice -> result(request, slice.segment(), slice.rows(), convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request, Segment segment, List<SessionTally> rows, String convention) {
        String currency = request.settings().reportingCurrency();
        long sessions = rows.stream().mapToLong(SessionTally::sessions).sum();
        long selfInitiated =
                rows.stream().mapToLong(SessionTally::selfInitiatedSessions).sum();
        long customers = rows.stream().mapToLong(SessionTally::customers).sum();
        long selfInitiatedCustomers =
                rows.stream().mapToLong(SessionTally::selfInitiatedCustomers).sum();
        Parts parts = new Parts(currency)
                .count("sessions", sessions)
                .count("self_initiated_sessions", selfInitiated)
                .figure(
                        "self_initiated_customers_pct",
                        Unit.PERCENT,
                        Ratio.of(selfInitiatedCustomers, customers).percent())
                .count("customers_with_sessions", customers)
                .count("self_initiated_customers", selfInitiatedCustomers);
        return DEFINITION.result(
                request,
                segment,
                Ratio.of(selfInitiated, sessions).percent(),
                parts.asMap(),
                BigDecimal.valueOf(selfInitiated),
                BigDecimal.valueOf(sessions),
                convention);
    }
}
