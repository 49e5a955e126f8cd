package org.kizuna.metrics.revenue;

import java.math.BigDecimal;
import java.util.List;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;
import org.kizuna.metrics.revenue.CostAllocation.Spend;

/**
 * Customer retention cost (002): the retention and customer-success costs of the period per customer active
 * during it, spread and apportioned as acquisition costs are. No data without active customers, or without a
 * retention or success cost recorded for the period.
 */
public final class CustomerRetentionCost implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "crc",
            Family.REVENUE,
            "顧客維持費 (CRC)",
            "Customer retention cost",
            Unit.MONEY,
            "期間の顧客維持費用とカスタマーサクセス費用の合計 ÷ 期間中にアクティブだった顧客数。複数の期間にまたがる費用は日数で按分する。",
            "(retention + customer-success costs of the period) / customers active during the period; a cost"
                    + " spanning several periods is spread over them in proportion to days.",
            List.of("002"),
            false);

    static final List<String> RETENTION_COSTS = List.of("retention", "success");

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        CostAllocation allocation = CostAllocation.of(request, inputs, RETENTION_COSTS, CostAudience.ACTIVE);
        String convention = "CRC = retention + success costs / customers active during the period (per period, not"
                + " per year as 002's average annual cost); "
                + CostAllocation.convention(CostAudience.ACTIVE) + "; "
                + inputs.activityBasis().describe();
        return Segmentation.segments(request, allocation.segmentValues()).stream()
                .map(segment -> result(request, segment, allocation.spend(segment), convention))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, Spend spend, String convention) {
        String currency = request.settings().reportingCurrency();
        Parts parts = new Parts(currency)
                .figure("retention", Unit.MONEY, spend.amount("retention"))
                .figure("success", Unit.MONEY, spend.amount("success"))
                .count("active_customers", spend.customers());
        return DEFINITION.result(
                request,
                segment,
                spend.perCustomer(),
                parts.asMap(),
                Unit.MONEY.round(spend.total(), currency),
                BigDecimal.valueOf(spend.customers()),
                convention);
    }
}
