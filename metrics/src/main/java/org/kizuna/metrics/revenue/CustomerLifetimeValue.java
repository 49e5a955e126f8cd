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
import org.kizuna.metrics.revenue.CustomerEconomics.Figure;

/**
 * Customer lifetime value: historic CLV (what the customers acquired so far brought in gross margin, or
 * revenue, per customer) as the value, with the simple predictive CLV (ARPU × margin ratio / monthly churn)
 * and its factors beside it. Model-based CLV is another metric.
 */
public final class CustomerLifetimeValue implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "clv",
            Family.REVENUE,
            "顧客生涯価値 (CLV / LTV)",
            "Customer lifetime value",
            Unit.MONEY,
            "実績CLV：期間最終日までに獲得した顧客の、同日までの注文の粗利益（設定により売上）の合計 ÷ その顧客数。" + "簡易予測CLV（ARPU × 粗利率 ÷ 月次解約率）を並べて示す。",
            "historic CLV: total gross margin (or revenue, per the clv.basis setting) of the orders up to the"
                    + " period's last day of the customers acquired by then / those customers. The simple predictive"
                    + " CLV, ARPU × gross-margin ratio / monthly churn rate, is shown beside it.",
            List.of("000", "001", "002", "003"),
            true);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        CustomerEconomics economics = new CustomerEconomics(request, inputs);
        return economics.segments(Figure.HISTORIC_CLV, Figure.PREDICTIVE_CLV).stream()
                .map(segment -> result(request, segment, economics))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, CustomerEconomics economics) {
        String currency = request.settings().reportingCurrency();
        HistoricClv historic = economics.historic(segment);
        PredictiveClv predictive = economics.predictive(segment);
        Parts parts = new Parts(currency)
                .count("customers", historic.customers())
                .count("orders_without_margin", historic.ordersWithoutMargin())
                .figure("predictive", Unit.MONEY, predictive.value())
                .figure("arpu", Unit.MONEY, predictive.arpu())
                .figure("margin_pct", Unit.PERCENT, percent(predictive.marginRatio()))
                .figure("monthly_churn_pct", Unit.PERCENT, percent(predictive.monthlyChurn()));
        return DEFINITION.result(
                request,
                segment,
                historic.value(economics.basis()),
                parts.asMap(),
                Unit.MONEY.round(historic.total(economics.basis()), currency),
                BigDecimal.valueOf(historic.customers()),
                economics.marginAdvice(historic) + economics.historicConvention() + "; "
                        + economics.predictiveConvention());
    }

    private static BigDecimal percent(BigDecimal share) {
        return share == null ? null : share.multiply(BigDecimal.valueOf(100));
    }
}
