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
 * Profit per customer: the historic CLV that clv reports minus the CAC that cac reports. 003 calls CLV ÷ CAC
 * the profit per customer; that quotient is clv_cac, and the result says so.
 */
public final class ProfitPerCustomer implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "profit_per_customer",
            Family.REVENUE,
            "顧客1人当たり利益",
            "Profit per customer",
            Unit.MONEY,
            "CLV − CAC。003は「CLV ÷ CAC = 顧客1人当たりの利益」と書くが、その商はCLV:CAC比率（clv_cac）である。",
            "CLV − CAC. 003 writes \"CLV ÷ CAC = profit per customer\"; that quotient is clv_cac.",
            List.of("003"),
            true);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        CustomerEconomics economics = new CustomerEconomics(request, inputs);
        String convention = "clv's historic CLV − cac's CAC; 003 writes \"CLV ÷ CAC = profit per customer\", and"
                + " that quotient is clv_cac";
        return economics.segments(Figure.HISTORIC_CLV, Figure.CAC).stream()
                .map(segment -> result(request, segment, economics, convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request, Segment segment, CustomerEconomics economics, String convention) {
        String currency = request.settings().reportingCurrency();
        BigDecimal clv = economics.clv(segment);
        BigDecimal cac = economics.cac(segment);
        Parts parts = new Parts(currency).figure("clv", Unit.MONEY, clv).figure("cac", Unit.MONEY, cac);
        return DEFINITION.result(
                request,
                segment,
                clv == null || cac == null ? null : clv.subtract(cac),
                parts.asMap(),
                null,
                null,
                economics.marginAdvice(economics.historic(segment)) + convention);
    }
}
