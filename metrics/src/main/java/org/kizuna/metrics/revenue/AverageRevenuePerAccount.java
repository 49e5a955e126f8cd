package org.kizuna.metrics.revenue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Unit;

/**
 * Average revenue per account: MRR on the period's last day divided by the customers active on that day.
 * Non-paying active customers count in the denominator; one-off revenue counts nowhere.
 */
public final class AverageRevenuePerAccount implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "arpu",
            Family.REVENUE,
            "顧客あたりの平均収益",
            "ARPU / ARPA",
            Unit.MONEY,
            "期間最終日のMRR ÷ 同日にアクティブな顧客数。",
            "MRR on the period's last day / customers active on that day.",
            List.of("003"),
            true);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        String currency = request.settings().reportingCurrency();
        String convention = "MRR on " + request.period().last() + " / customers active on it; "
                + inputs.activityBasis().describe();
        return EndOfPeriodRevenue.of(request, inputs).stream()
                .map(revenue -> DEFINITION.result(
                        request,
                        revenue.segment(),
                        revenue.revenuePerActiveCustomer(),
                        Map.of(),
                        Unit.MONEY.round(revenue.mrr(), currency),
                        BigDecimal.valueOf(revenue.activeCustomers()),
                        convention))
                .toList();
    }
}
