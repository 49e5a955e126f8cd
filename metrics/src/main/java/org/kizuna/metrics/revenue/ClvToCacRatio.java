package org.kizuna.metrics.revenue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Unit;
import org.kizuna.metrics.revenue.CustomerEconomics.Figure;

/**
 * The CLV to CAC ratio: the historic CLV that clv reports over the CAC that cac reports, in 003's bands
 * (healthy from 3, thin above 1, break-even or loss at 1 or below). No data when either is missing or CAC is
 * zero.
 */
public final class ClvToCacRatio implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "clv_cac",
            Family.REVENUE,
            "CLV:CAC比率",
            "CLV to CAC ratio",
            Unit.RATIO,
            "CLV ÷ CAC。003の区分：3以上は健全、1を超え3未満は薄利、1以下は損益分岐または損失。",
            "CLV / CAC, with 003's bands: ≥ 3 healthy, above 1 and below 3 thin, ≤ 1 break-even or loss.",
            List.of("003"),
            true);

    private static final BigDecimal HEALTHY_FROM = BigDecimal.valueOf(3);

    /** 003's bands of the ratio. */
    enum Band {
        HEALTHY,
        THIN,
        LOSS;

        /** The band of a ratio as shown (rounded), so that the band never contradicts the printed value. */
        static Band of(BigDecimal ratio) {
            if (ratio.compareTo(HEALTHY_FROM) >= 0) {
                return HEALTHY;
            }
            return ratio.compareTo(BigDecimal.ONE) > 0 ? THIN : LOSS;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        CustomerEconomics economics = new CustomerEconomics(request, inputs);
        String convention = "clv's historic CLV / cac's CAC; bands: healthy ≥ 3, thin above 1 and below 3 (003 names"
                + " 2–3; 1–2 is counted thin too), loss ≤ 1 (break-even or loss), judged on the value as shown";
        return economics.segments(Figure.HISTORIC_CLV, Figure.CAC).stream()
                .map(segment -> result(request, segment, economics, convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request, Segment segment, CustomerEconomics economics, String convention) {
        String currency = request.settings().reportingCurrency();
        BigDecimal clv = economics.clv(segment);
        BigDecimal cac = economics.cac(segment);
        BigDecimal ratio =
                DEFINITION.unit().round(clv == null || cac == null ? null : new Ratio(clv, cac).value(), currency);
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("band", ratio == null ? null : Band.of(ratio).key());
        return new MetricResult(
                DEFINITION.id(),
                request.period().label(),
                segment,
                ratio,
                DEFINITION.unit().id(currency),
                parts,
                Unit.MONEY.round(clv, currency),
                Unit.MONEY.round(cac, currency),
                economics.marginAdvice(economics.historic(segment)) + convention);
    }
}
