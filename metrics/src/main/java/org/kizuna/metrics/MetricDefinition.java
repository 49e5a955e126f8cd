package org.kizuna.metrics;

import java.util.List;

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
        boolean higherIsBetter) {

    public MetricDefinition {
        seeds = List.copyOf(seeds);
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("metric id " + id + " is not lower_snake_case");
        }
    }

    public String name(Language language) {
        return language == Language.JA ? nameJa : nameEn;
    }

    public String formula(Language language) {
        return language == Language.JA ? formulaJa : formulaEn;
    }
}
