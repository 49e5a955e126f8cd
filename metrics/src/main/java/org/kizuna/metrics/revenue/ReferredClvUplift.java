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
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Unit;
import org.kizuna.metrics.revenue.CustomerEconomics.Figure;

/**
 * How much more (or less) the customers acquired by referral are worth: their mean historic CLV over the
 * others', minus 1, in percent (003 cites +16 %). Referred means {@code referred_by} is set, as the {@code
 * referred} segment has it. No data when either group has no CLV or the others' CLV is zero.
 */
public final class ReferredClvUplift implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "referred_clv_uplift",
            Family.REVENUE,
            "紹介顧客のCLV",
            "Referred vs. non-referred CLV",
            Unit.PERCENT,
            "紹介で獲得した顧客の平均実績CLV ÷ それ以外の顧客の平均実績CLV − 1（× 100。003は +16 % を挙げる）。",
            "mean historic CLV of customers acquired by referral / mean historic CLV of the others − 1, × 100"
                    + " (003 cites +16 %).",
            List.of("003"),
            true);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        CustomerEconomics economics = new CustomerEconomics(request, inputs);
        return economics.segments(Figure.HISTORIC_CLV).stream()
                .map(segment -> result(request, segment, economics))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, CustomerEconomics economics) {
        String currency = request.settings().reportingCurrency();
        HistoricClv referred = economics.historic(segment, true);
        HistoricClv others = economics.historic(segment, false);
        BigDecimal referredClv = referred.value(economics.basis());
        BigDecimal otherClv = others.value(economics.basis());
        BigDecimal uplift = referredClv == null || otherClv == null
                ? null
                : new Ratio(referredClv.subtract(otherClv), otherClv).percent();
        Parts parts = new Parts(currency)
                .figure("referred_clv", Unit.MONEY, referredClv)
                .figure("other_clv", Unit.MONEY, otherClv)
                .count("referred_customers", referred.customers())
                .count("other_customers", others.customers());
        String convention = economics.marginAdvice(economics.historic(segment))
                + "uplift = 100 × (mean historic CLV of the customers acquired by referral (referred_by set) / that"
                + " of the others − 1); " + economics.historicConvention();
        return DEFINITION.result(
                request,
                segment,
                uplift,
                parts.asMap(),
                Unit.MONEY.round(referredClv, currency),
                Unit.MONEY.round(otherClv, currency),
                convention);
    }
}
