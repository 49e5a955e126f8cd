package org.kizuna.metrics.advocacy;

import java.math.BigDecimal;
import java.util.Map;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Segment;

/** Builds this family's results: the headline rounded once, by its metric's unit, in the workspace currency. */
final class AdvocacyResults {

    private AdvocacyResults() {}

    static MetricResult result(
            MetricDefinition definition,
            MetricRequest request,
            Segment segment,
            BigDecimal value,
            Map<String, Object> parts,
            BigDecimal numerator,
            BigDecimal denominator,
            String convention) {
        String currency = request.settings().reportingCurrency();
        return new MetricResult(
                definition.id(),
                request.period().label(),
                segment,
                definition.unit().round(value, currency),
                definition.unit().id(currency),
                parts,
                numerator,
                denominator,
                convention);
    }

    /** A count as a numerator or denominator. */
    static BigDecimal count(long count) {
        return BigDecimal.valueOf(count);
    }
}
