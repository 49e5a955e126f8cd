package org.kizuna.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.cohort.CohortMeasure;
import org.kizuna.metrics.cohort.CohortTable;
import org.kizuna.store.CsvCells;
import org.kizuna.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Cohort tables: each signup month followed month by month. */
@Command(
        name = "cohorts",
        mixinStandardHelpOptions = true,
        description = "Follow each signup month's customers month by month: retention, revenue retention or MRR.")
final class CohortsCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, paramLabel = "W", description = "the workspace folder")
    Path workspace;

    @Option(
            names = "--metric",
            defaultValue = "retention",
            description = "retention, revenue_retention or mrr (default: ${DEFAULT-VALUE})")
    String metric;

    @Option(
            names = "--by",
            defaultValue = CohortsQuery.SIGNUP_MONTH,
            description = "the cohorts: signup_month (default)")
    String by;

    @Option(
            names = "--from",
            paramLabel = "YYYY-MM",
            description = "first signup month (default: 11 months before --to)")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "last month shown (default: the last full month)")
    String to;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    MetricsCommand.OutputFormat format;

    @Option(names = "--lang", description = "ja or en (default: the workspace's language)")
    String language;

    @Override
    public Integer call() {
        CohortsQuery query = new CohortsQuery(metric, by, from, to);
        query.checkBy();
        CohortMeasure measure = query.measure();
        Workspace opened = Workspace.open(workspace);
        CohortTable table = query.table(opened);
        Language lang = Language.of(language == null ? opened.settings().language() : language);
        System.out.print(
                switch (format) {
                    case JSON -> CohortsQuery.json(table);
                    case CSV -> csv(table, measure);
                    case TABLE -> table(table, lang);
                });
        return 0;
    }

    private static String table(CohortTable table, Language language) {
        boolean ja = language == Language.JA;
        int width = table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[width + 2];
        header[0] = ja ? "コホート" : "Cohort";
        header[1] = ja ? "顧客数" : "Customers";
        for (int k = 0; k < width; k++) {
            header[k + 2] = (ja ? "" : "M") + k + (ja ? "か月" : "");
        }
        rows.add(header);
        Set<Integer> right = new java.util.HashSet<>();
        for (int i = 1; i < width + 2; i++) {
            right.add(i);
        }
        for (CohortTable.Row row : table.rows()) {
            String[] line = new String[width + 2];
            line[0] = row.cohort();
            line[1] = Long.toString(row.customers());
            for (int k = 0; k < width; k++) {
                line[k + 2] = k < row.cells().size() ? cell(row.cells().get(k), table.unit(), ja) : "";
            }
            rows.add(line);
        }
        return MetricsTable.render(rows, right);
    }

    private static String cell(BigDecimal value, String unit, boolean ja) {
        return value == null ? "–" : MetricsTable.value(value, unit, ja);
    }

    private static String csv(CohortTable table, CohortMeasure measure) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord("metric", "cohort", "customers", "months_since_signup", "value", "unit");
            for (CohortTable.Row row : table.rows()) {
                for (int k = 0; k < row.cells().size(); k++) {
                    BigDecimal value = row.cells().get(k);
                    CsvCells.write(
                            csv,
                            measure.name().toLowerCase(Locale.ROOT),
                            row.cohort(),
                            Long.toString(row.customers()),
                            Integer.toString(k),
                            value == null ? "" : value.toPlainString(),
                            table.unit());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
