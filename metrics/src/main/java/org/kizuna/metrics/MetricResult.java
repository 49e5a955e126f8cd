package org.kizuna.metrics;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One metric for one period and one segment, as the output contract describes it. A null value means "no
 * data": the denominator was empty or an input was missing.
 *
 * @param metric catalogue id
 * @param period the period's label
 * @param segment the customers covered
 * @param value the headline figure, rounded for its unit
 * @param unit the unit's contract name (a currency code for money)
 * @param parts the further figures of metrics that have several, in a stable order
 * @param numerator the count or sum above the line, where the metric is a ratio
 * @param denominator the count or sum below the line, where the metric is a ratio
 * @param convention the convention used where the field disagrees, in words
 * @param target the workspace's target for the metric, or null when it has none
 * @param targetMet whether the value meets the target; null without a target or without a value
 */
public record MetricResult(
        String metric,
        String period,
        Segment segment,
        BigDecimal value,
        String unit,
        Map<String, Object> parts,
        BigDecimal numerator,
        BigDecimal denominator,
        String convention,
        BigDecimal target,
        Boolean targetMet) {

    public MetricResult {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** A result before any target is applied. */
    public MetricResult(
            String metric,
            String period,
            Segment segment,
            BigDecimal value,
            String unit,
            Map<String, Object> parts,
            BigDecimal numerator,
            BigDecimal denominator,
            String convention) {
        this(metric, period, segment, value, unit, parts, numerator, denominator, convention, null, null);
    }

    /**
     * The result for customers first narrowed to the given attribute values: the filter's attributes come
     * first in the segment, then the breakdown's.
     */
    public MetricResult within(Map<String, String> filter) {
        if (filter.isEmpty()) {
            return this;
        }
        Map<String, String> attributes = new LinkedHashMap<>(filter);
        attributes.putAll(segment.attributes());
        return new MetricResult(
                metric,
                period,
                new Segment(attributes),
                value,
                unit,
                parts,
                numerator,
                denominator,
                convention,
                target,
                targetMet);
    }

    /**
     * The result measured against a target: met at or above it when higher is better, else at or below it;
     * "no data" neither meets nor misses it.
     */
    public MetricResult against(BigDecimal newTarget, boolean higherIsBetter) {
        Boolean met = value == null
                ? null
                : higherIsBetter ? value.compareTo(newTarget) >= 0 : value.compareTo(newTarget) <= 0;
        return new MetricResult(
                metric, period, segment, value, unit, parts, numerator, denominator, convention, newTarget, met);
    }

    public boolean hasData() {
        return value != null;
    }
}
