package org.kizuna.metrics.advocacy;

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
 * Advocacy-attributed revenue: the revenue of the period's orders from customers acquired by referral (whose
 * {@code referred_by} is set, as the {@code referred} segment has it), with its share of all the period's
 * revenue. Refunds lower it; a period without any order has no data.
 */
public final class AdvocacyRevenue implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "advocacy_revenue",
            Family.ADVOCACY,
            "アドボカシー経由の収益",
            "Advocacy-attributed revenue",
            Unit.MONEY,
            "紹介で獲得した顧客（referred_by のある顧客）の期間中の注文の金額の合計と、期間中の収益全体に占めるその割合。",
            "revenue of the period's orders from customers acquired by referral (referred_by set), and its share of"
                    + " the period's total revenue.",
            List.of("001"),
            true);

    private static final String CONVENTION = "revenue = the amounts of the orders placed in the period (ordered_at),"
            + " refunds (negative rows) included, in the reporting currency; acquired by referral = referred_by"
            + " set, as the referred segment has it; share_pct = that revenue / all the period's revenue × 100;"
            + " referred_customers_buying = referred customers with an order of positive amount in the period";

    private record Revenue(long orders, BigDecimal referred, BigDecimal total, long referredBuyers) {

        static Revenue of(List<RevenueTally> rows) {
            long orders = 0;
            BigDecimal referred = BigDecimal.ZERO;
            BigDecimal total = BigDecimal.ZERO;
            long referredBuyers = 0;
            for (RevenueTally row : rows) {
                orders += row.orders();
                total = total.add(row.revenue());
                if (row.referred()) {
                    referred = referred.add(row.revenue());
                    referredBuyers += row.buyingCustomers();
                }
            }
            return new Revenue(orders, referred, total, referredBuyers);
        }
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<RevenueTally> rows = inputs.advocacy().revenue(request.period(), request.by());
        return Segmentation.slices(request, rows, RevenueTally::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), Revenue.of(slice.rows())))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, Revenue revenue) {
        boolean anyOrder = revenue.orders() > 0;
        Parts parts = new Parts(request.settings().reportingCurrency())
                .figure("share_pct", Unit.PERCENT, new Ratio(revenue.referred(), revenue.total()).percent())
                .figure("total_revenue", Unit.MONEY, anyOrder ? revenue.total() : null)
                .count("referred_customers_buying", revenue.referredBuyers());
        return DEFINITION.result(
                request, segment, anyOrder ? revenue.referred() : null, parts.asMap(), null, null, CONVENTION);
    }
}
