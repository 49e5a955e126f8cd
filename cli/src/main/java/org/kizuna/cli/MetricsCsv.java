package org.kizuna.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.kizuna.metrics.MetricResult;
import org.kizuna.store.CsvCells;

/**
 * Metric results as CSV: one row per metric, period and segment with the fields of the JSON contract; the
 * parts as a JSON object in one column.
 */
public final class MetricsCsv {

    private MetricsCsv() {}

    public static String write(List<MetricResult> results) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord(
                    "metric",
                    "period",
                    "segment_attribute",
                    "segment_value",
                    "value",
                    "unit",
                    "numerator",
                    "denominator",
                    "convention",
                    "target",
                    "target_met",
                    "parts");
            for (MetricResult result : results) {
                // A filtered breakdown has several attributes: each column lists them in order, joined by ";",
                // and a customer without the attribute has an empty value.
                String attributes =
                        String.join(";", result.segment().attributes().keySet());
                String values = result.segment().attributes().values().stream()
                        .map(v -> v == null ? "" : v)
                        .collect(java.util.stream.Collectors.joining(";"));
                CsvCells.write(
                        csv,
                        result.metric(),
                        result.period(),
                        attributes,
                        values,
                        plain(result.value()),
                        result.unit(),
                        plain(result.numerator()),
                        plain(result.denominator()),
                        result.convention() == null ? "" : result.convention(),
                        plain(result.target()),
                        result.targetMet() == null ? "" : result.targetMet().toString(),
                        result.parts().isEmpty()
                                ? ""
                                : MetricsJson.node(result).get("parts").toString());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
