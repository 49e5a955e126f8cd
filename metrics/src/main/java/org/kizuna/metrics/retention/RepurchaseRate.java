package org.kizuna.metrics.retention;

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
 * Repurchase rate: of the customers who bought in the period, the percentage who bought at least twice in
 * it; beside it the returning-buyer rate, the percentage who had also bought before it. Refunds (orders of
 * negative amount) and zero orders are no purchase.
 */
public final class RepurchaseRate implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "repurchase_rate",
            Family.RETENTION,
            "再購入率",
            "Repurchase rate",
            Unit.PERCENT,
            "期間中に金額が正の注文を2件以上した顧客数 ÷ 期間中に1件以上した顧客数 × 100。" + "あわせてリピート購入者率 = 期間中の購入者のうち期間より前にも購入していた顧客の割合を示す。",
            "customers with ≥ 2 orders of positive amount in the period / customers with ≥ 1 such order in the"
                    + " period × 100. Beside it, the returning-buyer rate: buyers in the period who had also bought"
                    + " before it / buyers × 100.",
            List.of("000", "001"),
            true);

    static final long REPEAT_ORDERS = 2;

    private static final String CONVENTION = "a purchase = an order of positive amount, counted in the period its"
            + " ordered_at falls in; two orders on one day are two purchases; returning buyer = also a purchase at"
            + " any time before the period's first day";

    private record Buyers(long buyers, long repeatBuyers, long returningBuyers) {

        static Buyers of(List<BuyerTally> rows) {
            long buyers = 0;
            long repeat = 0;
            long returning = 0;
            for (BuyerTally row : rows) {
                buyers += row.customers();
                if (row.orders() >= REPEAT_ORDERS) {
                    repeat += row.customers();
                }
                if (row.boughtBefore()) {
                    returning += row.customers();
                }
            }
            return new Buyers(buyers, repeat, returning);
        }
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<BuyerTally> rows = inputs.retention().buyers(request.period(), request.by());
        return Segmentation.slices(request, rows, BuyerTally::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), Buyers.of(slice.rows())))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, Buyers buyers) {
        String currency = request.settings().reportingCurrency();
        Parts parts = new Parts(currency)
                .figure(
                        "returning_buyer_pct",
                        Unit.PERCENT,
                        Ratio.of(buyers.returningBuyers(), buyers.buyers()).percent())
                .count("buyers", buyers.buyers())
                .count("repeat_buyers", buyers.repeatBuyers())
                .count("returning_buyers", buyers.returningBuyers());
        return DEFINITION.result(
                request,
                segment,
                Ratio.of(buyers.repeatBuyers(), buyers.buyers()).percent(),
                parts.asMap(),
                BigDecimal.valueOf(buyers.repeatBuyers()),
                BigDecimal.valueOf(buyers.buyers()),
                CONVENTION);
    }
}
