package org.kizuna.reports;

import java.math.BigDecimal;
import java.util.List;
import org.kizuna.cli.MetricsTable;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricResult;

/**
 * One metric in a report.
 *
 * @param definition what the metric is (names, unit, formula, direction)
 * @param current its result for the report's period and customers
 * @param previous its result for the period before
 * @param series its results month by month, the twelve months ending with the period's last month, oldest
 *     first
 * @param breakdown its results per value of the report's breakdown attribute for the period; empty without a
 *     breakdown
 */
public record ReportMetric(
        MetricDefinition definition,
        MetricResult current,
        MetricResult previous,
        List<MetricResult> series,
        List<MetricResult> breakdown) {

    public ReportMetric {
        series = List.copyOf(series);
        breakdown = List.copyOf(breakdown);
    }

    /** Whether a metric meets its target. */
    public enum Status {
        MET,
        MISSED,
        /** No target, or no value to judge. */
        NONE
    }

    public String id() {
        return definition.id();
    }

    public String name(Language language) {
        return definition.name(language);
    }

    /** The value with its unit as the command line writes it, or "no data". */
    public String valueText(Language language) {
        return MetricsTable.value(current.value(), current.unit(), language == Language.JA);
    }

    /** The change against the period before (this period's value minus that one's), or null without both. */
    public BigDecimal change() {
        if (current.value() == null || previous == null || previous.value() == null) {
            return null;
        }
        return current.value().subtract(previous.value());
    }

    /** Whether the change is good news: +1 good, −1 bad, 0 unchanged or nothing to compare. */
    public int trend() {
        BigDecimal change = change();
        if (change == null || change.signum() == 0) {
            return 0;
        }
        return (change.signum() > 0) == definition.higherIsBetter() ? 1 : -1;
    }

    public Status status() {
        if (current.targetMet() == null) {
            return Status.NONE;
        }
        return current.targetMet() ? Status.MET : Status.MISSED;
    }

    /** The target with the direction that meets it, e.g. {@code ≥ 30}; empty without a target. */
    public String targetText() {
        if (current.target() == null) {
            return "";
        }
        return (definition.higherIsBetter() ? "≥ " : "≤ ")
                + current.target().stripTrailingZeros().toPlainString();
    }
}
