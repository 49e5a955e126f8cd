package org.kizuna.metrics.revenue;

import java.math.BigDecimal;
import java.util.List;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MrrChangeGroup;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Unit;

/**
 * Monthly recurring revenue on the period's last day, with 003's decomposition (active customers × ARPU)
 * beside it. One-off revenue (orders) is excluded.
 */
public final class MonthlyRecurringRevenue implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "mrr",
            Family.REVENUE,
            "月間経常収益",
            "Monthly recurring revenue",
            Unit.MONEY,
            "期間最終日に有効なサブスクリプションの月額の合計（年額プランは ÷ 12）。" + "003の「月間アクティブ顧客数 × 顧客あたりの平均収益」は同じ値で、その内訳として示す。",
            "the sum of active subscriptions' monthly amounts on the period's last day (annual plans ÷ 12)."
                    + " 003's monthly active customers × average revenue per customer is the same figure, shown as"
                    + " its decomposition.",
            List.of("002", "003"),
            true);

    /** MRR on the day before the period: the groups' summed start MRR. */
    static BigDecimal atStart(List<MrrChangeGroup> groups) {
        return groups.stream().map(MrrChangeGroup::startMrr).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** MRR on the period's last day: the groups' summed end MRR. */
    static BigDecimal atEnd(List<MrrChangeGroup> groups) {
        return groups.stream().map(MrrChangeGroup::endMrr).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        String currency = request.settings().reportingCurrency();
        String convention = "MRR = sum of the subscriptions' monthly amounts on "
                + request.period().last()
                + "; arpu = mrr / active_customers (003: active customers × ARPU); "
                + inputs.activityBasis().describe();
        return EndOfPeriodRevenue.of(request, inputs).stream()
                .map(revenue -> DEFINITION.result(
                        request,
                        revenue.segment(),
                        revenue.mrr(),
                        new Parts(currency)
                                .count("active_customers", revenue.activeCustomers())
                                .count("paying_customers", revenue.payingCustomers())
                                .figure("arpu", Unit.MONEY, revenue.revenuePerActiveCustomer())
                                .asMap(),
                        null,
                        null,
                        convention))
                .toList();
    }
}
