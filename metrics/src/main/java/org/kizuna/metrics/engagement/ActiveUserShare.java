package org.kizuna.metrics.engagement;

import java.math.BigDecimal;
import java.util.List;
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
 * Active user share: the percentage of licensed seats in use (002), over the customers active during the
 * period that have seats: their distinct users with an event in the period / their seats × 100. Customers
 * without seats count on neither side; a licensed customer nobody used counts its seats and no users.
 */
public final class ActiveUserShare implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "active_user_share",
            Family.ENGAGEMENT,
            "アクティブユーザーの割合",
            "Active user share",
            Unit.PERCENT,
            "期間中にアクティブでシート数のある顧客について、期間中にイベントのあった異なるユーザー数 ÷ 契約シート数 × 100。",
            "over the customers active during the period that have seats: distinct users with an event in the"
                    + " period / licensed seats × 100.",
            List.of("002"),
            true);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        boolean recorded = inputs.engagement().recordedChannels().contains(InteractionChannel.PRODUCT);
        String convention = "customers with seats above 0 that were active during the period, on both sides: a"
                + " user is a (customer_id, user_id) pair with an event in the period; "
                + inputs.activityBasis().describe();
        List<CustomerEngagementTally> rows = inputs.engagement().customerEngagement(request.period(), request.by());
        return Segmentation.slices(request, rows, CustomerEngagementTally::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), slice.rows(), recorded, convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request,
            Segment segment,
            List<CustomerEngagementTally> rows,
            boolean recorded,
            String convention) {
        String currency = request.settings().reportingCurrency();
        long users =
                rows.stream().mapToLong(CustomerEngagementTally::seatedUsers).sum();
        long seats = rows.stream().mapToLong(CustomerEngagementTally::seats).sum();
        long customers = rows.stream()
                .mapToLong(CustomerEngagementTally::seatedCustomers)
                .sum();
        Parts parts = new Parts(currency)
                .count("active_users", users)
                .count("seats", seats)
                .count("customers_with_seats", customers);
        return DEFINITION.result(
                request,
                segment,
                recorded ? Ratio.of(users, seats).percent() : null,
                parts.asMap(),
                BigDecimal.valueOf(users),
                BigDecimal.valueOf(seats),
                convention);
    }
}
