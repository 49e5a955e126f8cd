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
import org.kizuna.metrics.Unit;
import org.kizuna.metrics.revenue.CostAllocation.Spend;
import org.kizuna.metrics.revenue.CustomerEconomics.Figure;

/**
 * Customer acquisition cost: the marketing and sales costs of the period per customer acquired in it, per
 * segment and acquisition channel alike. No data without acquisitions, or without a marketing or sales cost
 * recorded for the period.
 */
public final class CustomerAcquisitionCost implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "cac",
            Family.REVENUE,
            "顧客獲得コスト",
            "Customer acquisition cost",
            Unit.MONEY,
            "期間のマーケティング費用と営業費用の合計 ÷ 期間中に獲得した顧客数。複数の期間にまたがる費用は日数で按分する。",
            "(marketing + sales costs of the period) / customers acquired in the period; a cost spanning several"
                    + " periods is spread over them in proportion to days.",
            List.of("003"),
            false);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        CustomerEconomics economics = new CustomerEconomics(request, inputs);
        String convention = economics.cacConvention();
        return economics.segments(Figure.CAC).stream()
                .map(segment -> result(request, segment, economics.acquisitionCost(segment), convention))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, Spend spend, String convention) {
        String currency = request.settings().reportingCurrency();
        Parts parts = new Parts(currency)
                .figure("marketing", Unit.MONEY, spend.amount("marketing"))
                .figure("sales", Unit.MONEY, spend.amount("sales"))
                .count("acquired", spend.customers());
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
