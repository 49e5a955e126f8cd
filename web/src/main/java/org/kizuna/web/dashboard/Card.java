package org.kizuna.web.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.kizuna.cli.MetricsTable;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricResult;
import org.kizuna.reports.ReportMetric;

/**
 * One metric's figure as a card shows it: name, value with unit, change against the period before with
 * whether it is good news, and the target.
 *
 * @param id the metric id
 * @param name the metric's name in the page's language
 * @param value the value with its unit, or "no data"
 * @param hasData whether there is a value
 * @param change the change against the previous period, e.g. {@code ↑ +1.50 pt}, or empty
 * @param trend {@code good}, {@code bad} or {@code flat} (also when there is nothing to compare)
 * @param target the target with the direction that meets it, e.g. {@code ≥ 30}, or empty
 * @param targetMet {@code met}, {@code missed} or empty
 */
record Card(
        String id,
        String name,
        String value,
        boolean hasData,
        String change,
        String trend,
        String target,
        String targetMet) {

    static Card of(MetricDefinition definition, MetricResult now, MetricResult before, Language language) {
        boolean ja = language == Language.JA;
        // The same change, direction and target as the reports show.
        ReportMetric metric = new ReportMetric(definition, now, before, List.of(), List.of());
        String change = "";
        BigDecimal difference = metric.change();
        if (difference != null) {
            int sign = difference.signum();
            String unit = now.unit().equals("percent") || now.unit().equals("points") ? " pt" : "";
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.ROOT);
            format.setMinimumFractionDigits(Math.max(0, now.value().scale()));
            format.setMaximumFractionDigits(Math.max(0, now.value().scale()));
            change = (sign == 0 ? "→ " : sign > 0 ? "↑ +" : "↓ ") + format.format(difference) + unit;
        }
        String trend = metric.trend() > 0 ? "good" : metric.trend() < 0 ? "bad" : "flat";
        String met = switch (metric.status()) {
            case MET -> "met";
            case MISSED -> "missed";
            case NONE -> "";
        };
        return new Card(
                definition.id(),
                definition.name(language),
                MetricsTable.value(now.value(), now.unit(), ja),
                now.value() != null,
                change,
                trend,
                metric.targetText(),
                met);
    }
}
