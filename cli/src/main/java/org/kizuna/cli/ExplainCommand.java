package org.kizuna.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricResult;
import org.kizuna.store.Workspace;
import org.kizuna.store.query.EvidenceTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Shows where one figure comes from: the metric's formula and convention, its value with every input, and
 * the rows of the workspace each input was counted from, so that it can be checked by hand.
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = {
            "Show how a metric's figure was computed: formula, inputs and the rows behind them.",
            "指標の値の計算過程（式・入力値・元の行）を表示します。"
        })
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "METRIC", description = "the metric id (see kizuna catalogue)")
    String metricId;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "the workspace folder")
    Path workspace;

    @Option(names = "--period", paramLabel = "PERIOD", description = "the period (default: the last full month)")
    String period;

    @Option(
            names = "--segment",
            paramLabel = "ATTR=VALUE",
            description = "explain the figure of the customers whose attribute has the value; repeatable")
    Map<String, String> segment = new LinkedHashMap<>();

    @Option(
            names = "--rows",
            defaultValue = "20",
            paramLabel = "N",
            description = "rows to show from each input (default: ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--lang", description = "ja or en (default: the workspace's language)")
    String language;

    enum Format {
        TEXT,
        JSON
    }

    @Override
    public Integer call() {
        if (rows < 0) {
            throw new IllegalArgumentException("--rows " + rows + " is below 0");
        }
        Explanation.checked(metricId, segment);
        Workspace opened = Workspace.open(workspace);
        Period chosen = period == null
                ? Period.month(Today.lastFullMonth(opened.settings().timeZone()))
                : Period.parse(period);
        Explanation explanation = Explanation.of(opened, metricId, chosen, segment, rows);
        Language lang = Language.of(language == null ? opened.settings().language() : language);
        System.out.print(
                format == Format.JSON
                        ? explanation.json()
                        : text(explanation.definition(), explanation.result(), explanation.evidence(), lang));
        return 0;
    }

    static String json(MetricDefinition definition, MetricResult result, List<EvidenceTable> evidence) {
        ObjectNode node = MetricsJson.JSON.createObjectNode();
        node.set("definition", CatalogueDocument.definition(definition));
        node.set("result", MetricsJson.node(result));
        ArrayNode tables = node.putArray("evidence");
        for (EvidenceTable table : evidence) {
            ObjectNode t = tables.addObject();
            t.put("query", table.query());
            t.put("description", table.description());
            t.put("total_rows", table.total());
            table.columns().forEach(t.putArray("columns")::add);
            ArrayNode rows = t.putArray("rows");
            for (List<Object> row : table.rows()) {
                ArrayNode cells = rows.addArray();
                row.forEach(cell -> cells.add(MetricsJson.figure(cell)));
            }
        }
        return MetricsJson.print(node);
    }

    static String text(
            MetricDefinition definition, MetricResult result, List<EvidenceTable> evidence, Language language) {
        boolean ja = language == Language.JA;
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(definition.id())
                .append(" — ")
                .append(definition.name(language))
                .append(nl);
        out.append(ja ? "期間: " : "period: ")
                .append(result.period())
                .append("   ")
                .append(ja ? "セグメント: " : "segment: ")
                .append(MetricsTable.segment(result, ja))
                .append(nl);
        out.append(ja ? "式: " : "formula: ")
                .append(definition.formula(language))
                .append(nl);
        if (result.convention() != null) {
            out.append(ja ? "規約: " : "convention: ").append(result.convention()).append(nl);
        }
        out.append(ja ? "値: " : "value: ").append(MetricsTable.value(result.value(), result.unit(), ja));
        if (result.target() != null) {
            out.append("   ").append(ja ? "目標 " : "target ").append(MetricsTable.target(result, definition));
        }
        out.append(nl).append(nl);
        List<String[]> inputs = new ArrayList<>();
        inputs.add(ja ? new String[] {"入力", "値"} : new String[] {"input", "value"});
        if (result.numerator() != null) {
            inputs.add(new String[] {ja ? "分子" : "numerator", result.numerator().toPlainString()});
        }
        if (result.denominator() != null) {
            inputs.add(new String[] {
                ja ? "分母" : "denominator", result.denominator().toPlainString()
            });
        }
        result.parts().forEach((name, value) -> inputs.add(new String[] {name, cell(value, ja)}));
        out.append(MetricsTable.render(inputs, Set.of(1)));
        for (EvidenceTable table : evidence) {
            out.append(nl)
                    .append(ja ? "元の行 " : "rows of ")
                    .append(table.query())
                    .append(" (")
                    .append(table.rows().size())
                    .append(ja ? " 行表示 / 全 " : " shown of ")
                    .append(table.total())
                    .append(ja ? " 行)" : ")")
                    .append(nl)
                    .append(table.description())
                    .append(nl);
            if (table.rows().isEmpty()) {
                continue;
            }
            List<String[]> lines = new ArrayList<>();
            lines.add(table.columns().toArray(String[]::new));
            for (List<Object> row : table.rows()) {
                lines.add(row.stream().map(value -> cell(value, ja)).toArray(String[]::new));
            }
            out.append(MetricsTable.render(lines, Set.of()));
        }
        return out.toString();
    }

    private static String cell(Object value, boolean ja) {
        if (value == null) {
            return ja ? "(なし)" : "(none)";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
