package org.kizuna.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a metric is, as the catalogue states it: the single source of its names, unit and formula for every
 * view (CLI, exports, generated documentation).
 *
 * @param id the stable catalogue id, e.g. {@code churn_rate}
 * @param family the catalogue section
 * @param nameJa Japanese name
 * @param nameEn English name
 * @param unit what the headline value is measured in
 * @param formulaJa the formula in Japanese words
 * @param formulaEn the formula in English words
 * @param seeds the source documents that define it, by number (e.g. {@code 003})
 * @param higherIsBetter whether a rise is good news
 * @param rowSegments the attributes of its input rows rather than of customers that it can also be broken
 *     down by ({@link Segmentation#ROW_ATTRIBUTES}), e.g. a survey's {@code touchpoint}
 */
public record MetricDefinition(
        String id,
        Family family,
        String nameJa,
        String nameEn,
        Unit unit,
        String formulaJa,
        String formulaEn,
        List<String> seeds,
        boolean higherIsBetter,
        Set<String> rowSegments) {

    public MetricDefinition {
        seeds = List.copyOf(seeds);
        rowSegments = Set.copyOf(rowSegments);
        if (!Segmentation.ROW_ATTRIBUTES.containsAll(rowSegments)) {
            throw new IllegalArgumentException("metric " + id + " names a row attribute outside "
                    + Segmentation.ROW_ATTRIBUTES + ": " + rowSegments);
        }
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("metric id " + id + " is not lower_snake_case");
        }
    }

    /** A metric broken down by customer attributes only. */
    public MetricDefinition(
            String id,
            Family family,
            String nameJa,
            String nameEn,
            Unit unit,
            String formulaJa,
            String formulaEn,
            List<String> seeds,
            boolean higherIsBetter) {
        this(id, family, nameJa, nameEn, unit, formulaJa, formulaEn, seeds, higherIsBetter, Set.of());
    }

    /** Whether the metric can be broken down by the attribute: any customer attribute, or its row attributes. */
    public boolean breaksDownBy(String attribute) {
        return !Segmentation.ROW_ATTRIBUTES.contains(attribute) || rowSegments.contains(attribute);
    }

    public String name(Language language) {
        return language == Language.JA ? nameJa : nameEn;
    }

    public String formula(Language language) {
        return language == Language.JA ? formulaJa : formulaEn;
    }

    /**
     * This metric's result for a period and segment: the value rounded once, by the metric's unit, in the
     * workspace's reporting currency; null stays null ("no data").
     */
    public MetricResult result(
            MetricRequest request,
            Segment segment,
            BigDecimal value,
            Map<String, Object> parts,
            BigDecimal numerator,
            BigDecimal denominator,
            String convention) {
        String currency = request.settings().reportingCurrency();
        return new MetricResult(
                id,
                request.period().label(),
                segment,
                unit.round(value, currency),
                unit.id(currency),
                parts,
                numerator,
                denominator,
                convention);
    }
}
