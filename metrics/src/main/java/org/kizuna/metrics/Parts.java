package org.kizuna.metrics;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The further figures of one result, in the order they are added: counts as whole numbers, figures rounded
 * for their unit (a null figure stays null, "no data"). It holds no formula; the metric decides each figure.
 */
public final class Parts {

    private final String reportingCurrency;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    public Parts(String reportingCurrency) {
        this.reportingCurrency = reportingCurrency;
    }

    public Parts count(String name, long count) {
        return put(name, count);
    }

    /** A figure rounded as its unit rounds. */
    public Parts figure(String name, Unit unit, BigDecimal figure) {
        return put(name, unit.round(figure, reportingCurrency));
    }

    /** A figure shown as the data gave it, such as a survey's scale bound. */
    public Parts exact(String name, BigDecimal figure) {
        return put(name, figure);
    }

    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(figures);
    }

    private Parts put(String name, Object figure) {
        // Two figures under one name would silently hide one of them in the output.
        if (figures.containsKey(name)) {
            throw new IllegalArgumentException("part " + name + " is already set");
        }
        figures.put(name, figure);
        return this;
    }
}
