package org.kizuna.web.dashboard;

import java.math.BigDecimal;
import java.util.Locale;
import org.kizuna.cli.MetricsTable;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricResult;

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
        String change = "";
        String trend = "flat";
        if (now.value() != null && before != null && before.value() != null) {
            BigDecimal difference = now.value().subtract(before.value());
            int sign = difference.signum();
            String unit = now.unit().equals("percent") || now.unit().equals("points") ? " pt" : "";
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.ROOT);
            format.setMinimumFractionDigits(Math.max(0, now.value().scale()));
            format.setMaximumFractionDigits(Math.max(0, now.value().scale()));
            change = (sign == 0 ? "→ " : sign > 0 ? "↑ +" : "↓ ") + format.format(difference) + unit;
            trend = sign == 0 ? "flat" : (sign > 0) == definition.higherIsBetter() ? "good" : "bad";
        }
        String target = "";
        String met = "";
        if (now.target() != null) {
            target = (definition.higherIsBetter() ? "≥ " : "≤ ")
                    + now.target().stripTrailingZeros().toPlainString();
            met = now.targetMet() == null ? "" : now.targetMet() ? "met" : "missed";
        }
        return new Card(
                definition.id(),
                definition.name(language),
                MetricsTable.value(now.value(), now.unit(), ja),
                now.value() != null,
                change,
                trend,
                target,
                met);
    }
}
