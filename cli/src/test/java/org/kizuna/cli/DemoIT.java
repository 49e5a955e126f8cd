package org.kizuna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricDefinition;

/**
 * {@code kizuna demo}: one command that generates a company, imports it and shows every metric for the last
 * full month and quarter; run again, it reuses what it built.
 */
class DemoIT {

    /**
     * On 2025-08-10 the last full month is 2025-07; the third quarter has not ended, so the last full quarter is
     * 2025-Q2. The months and quarters before them are 2025-06 and 2025-Q1.
     */
    private static final String TODAY = "2025-08-10";

    private static final String MONTH = "2025-07";
    private static final String MONTH_BEFORE = "2025-06";
    private static final String QUARTER = "2025-Q2";
    private static final String QUARTER_BEFORE = "2025-Q1";

    /** English names of every catalogue metric, as the overview shows them. */
    private static final Map<String, String> NAMES = MetricCatalog.all().stream()
            .map(Metric::definition)
            .collect(Collectors.toMap(MetricDefinition::id, MetricDefinition::nameEn, (a, b) -> a, LinkedHashMap::new));

    /** A value cell: a number with an optional unit, or "no data". */
    private static final Pattern VALUE = Pattern.compile(
            "(-?[0-9,]+(?:\\.[0-9]+)?)(?: (%|pt|JPY|h|days|months|min|users|customers|per customer))?|no data");

    /** A trend cell: an arrow and a signed change, with whether it is good news; or a dash without data. */
    private static final Pattern TREND = Pattern.compile("[↑↓→] ([+-]?[0-9,.]+)(?: pt)?(?: \\((good|bad)\\))?|–");

    @TempDir
    static Path root;

    private static Path demo;
    private static KizunaJar.Outcome first;
    private static KizunaJar.Outcome second;
    private static FileTime customersWritten;

    @BeforeAll
    static void runTheDemoTwice() throws IOException {
        demo = root.resolve("demo");
        first = KizunaJar.run(root, TODAY, "demo", "--workspace", demo.toString(), "--customers", "200", "--lang", "en")
                .succeeded()
                .printedNoStackTrace();
        customersWritten = Files.getLastModifiedTime(demo.resolve("data").resolve("customers.csv"));
        second = KizunaJar.run(root, TODAY, "demo", "--workspace", demo.toString(), "--customers", "200")
                .succeeded()
                .printedNoStackTrace();
    }

    @Test
    void theFirstRunGeneratesImportsAndBuildsAWorkspace() throws IOException, SQLException {
        assertThat(first.out())
                .contains("Generating a demo company of 200 customers")
                .contains("Imported.");
        assertThat(demo.resolve("settings.properties")).isRegularFile();
        assertThat(demo.resolve("kizuna.duckdb")).isRegularFile();
        try (CsvReader<NamedCsvRecord> customers =
                CsvReader.builder().ofNamedCsvRecord(demo.resolve("data").resolve("customers.csv"))) {
            assertThat(customers.stream().count()).isEqualTo(200);
        }
        assertThat(query("SELECT count(*) FROM customers")).isEqualTo(200);
    }

    @Test
    void theOverviewHasEveryMetricWithAMonthAndAQuarterColumn() {
        List<String> header = cells(headerLine(first.out()));

        assertThat(header).hasSize(5);
        assertThat(header.get(1)).isEqualTo(MONTH);
        assertThat(header.get(3)).isEqualTo(QUARTER);
        Map<String, List<String>> rows = overviewRows(first.out());
        assertThat(rows).containsOnlyKeys(NAMES.keySet());
        rows.forEach((metric, cells) -> {
            assertThat(cells).as(metric).hasSize(5);
            assertThat(cells.get(1)).as("%s for %s", metric, MONTH).matches(VALUE);
            assertThat(cells.get(3)).as("%s for %s", metric, QUARTER).matches(VALUE);
            assertThat(cells.get(2)).as("%s against the month before", metric).matches(TREND);
            assertThat(cells.get(4)).as("%s against the quarter before", metric).matches(TREND);
        });
    }

    @Test
    void theOverviewShowsTheFiguresThatMetricsGivesForTheSamePeriods() {
        Map<String, List<String>> rows = overviewRows(first.out());
        ArrayNode month = metrics(MONTH);
        ArrayNode quarter = metrics(QUARTER);

        for (String metric : NAMES.keySet()) {
            assertSameValue(metric + " " + MONTH, rows.get(metric).get(1), OutputContract.wholeBase(month, metric));
            assertSameValue(metric + " " + QUARTER, rows.get(metric).get(3), OutputContract.wholeBase(quarter, metric));
        }
    }

    /**
     * A trend is the change from the period before: its arrow, its amount and whether that is good news (a
     * higher figure is better unless the catalogue says otherwise, as for churn).
     */
    @Test
    void theTrendColumnsShowTheChangeFromThePeriodBefore() {
        Map<String, List<String>> rows = overviewRows(first.out());
        Map<String, ArrayNode> periods = new LinkedHashMap<>();
        for (String period : List.of(MONTH, MONTH_BEFORE, QUARTER, QUARTER_BEFORE)) {
            periods.put(period, metrics(period));
        }

        for (String metric : NAMES.keySet()) {
            assertTrend(metric, rows.get(metric).get(2), periods.get(MONTH), periods.get(MONTH_BEFORE));
            assertTrend(metric, rows.get(metric).get(4), periods.get(QUARTER), periods.get(QUARTER_BEFORE));
        }
    }

    @Test
    void theClosingHintSuggestsTheQuarterTheOverviewShows() {
        String hint = first.out()
                .lines()
                .filter(line -> line.startsWith("Next: "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no closing hint in\n" + first.out()));

        assertThat(hint).contains("--workspace " + demo).contains("--period " + QUARTER);
    }

    @Test
    void theSecondRunReusesTheWorkspaceAndShowsTheSameOverview() throws IOException, SQLException {
        assertThat(second.out().lines().findFirst()).contains("Using the demo workspace " + demo);
        assertThat(second.out()).doesNotContain("Generating").doesNotContain("Imported.");
        assertThat(Files.getLastModifiedTime(demo.resolve("data").resolve("customers.csv")))
                .isEqualTo(customersWritten);
        assertThat(query("SELECT count(DISTINCT import_id) FROM imports")).isEqualTo(1);
        assertThat(overview(second.out())).isEqualTo(overview(first.out()));
    }

    // ---- reading the overview ----

    private static String headerLine(String out) {
        return out.lines()
                .filter(line -> line.startsWith("Metric "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no overview header in\n" + out));
    }

    /** The overview table: its header, rule and one row per metric. */
    private static List<String> overview(String out) {
        List<String> lines = out.lines().toList();
        int header = lines.indexOf(headerLine(out));
        return lines.subList(header, header + 2 + NAMES.size());
    }

    /** The overview's cells per metric id. */
    private static Map<String, List<String>> overviewRows(String out) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : overview(out).subList(2, 2 + NAMES.size())) {
            String metric = NAMES.entrySet().stream()
                    .filter(name -> line.startsWith(name.getValue() + "  "))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("a row of no known metric: " + line));
            assertThat(rows.put(metric, cells(line))).as("rows of %s", metric).isNull();
        }
        return rows;
    }

    /** Cells are separated by at least two spaces; a cell holds at most single spaces. */
    private static List<String> cells(String line) {
        return List.of(line.strip().split(" {2,}"));
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(",", "").replace("+", ""));
    }

    private static void assertSameValue(String what, String cell, JsonNode element) {
        JsonNode value = element.get("value");
        if (value.isNull()) {
            assertThat(cell).as(what).isEqualTo("no data");
            return;
        }
        Matcher matcher = VALUE.matcher(cell);
        assertThat(matcher.matches()).as("%s: %s", what, cell).isTrue();
        assertThat(number(matcher.group(1))).as(what).isEqualByComparingTo(value.decimalValue());
    }

    private static void assertTrend(String metric, String cell, ArrayNode now, ArrayNode before) {
        JsonNode current = OutputContract.wholeBase(now, metric).get("value");
        JsonNode earlier = OutputContract.wholeBase(before, metric).get("value");
        String what = metric + " trend " + cell;
        if (current.isNull() || earlier.isNull()) {
            assertThat(cell).as(what).isEqualTo("–");
            return;
        }
        BigDecimal change = current.decimalValue().subtract(earlier.decimalValue());
        Matcher matcher = TREND.matcher(cell);
        assertThat(matcher.matches()).as(what).isTrue();
        assertThat(cell.charAt(0)).as(what).isEqualTo(change.signum() > 0 ? '↑' : change.signum() < 0 ? '↓' : '→');
        assertThat(number(matcher.group(1)))
                .as("%s: the change from %s to %s", what, earlier, current)
                .isEqualByComparingTo(change);
        if (change.signum() != 0) {
            boolean higherIsBetter =
                    MetricCatalog.find(metric).orElseThrow().definition().higherIsBetter();
            assertThat(matcher.group(2)).as(what).isEqualTo((change.signum() > 0) == higherIsBetter ? "good" : "bad");
        }
    }

    private static ArrayNode metrics(String period) {
        return OutputContract.parse(KizunaJar.run(
                        root, TODAY, "metrics", "--workspace", demo.toString(), "--period", period, "--format", "json")
                .succeeded()
                .printedNoStackTrace()
                .out());
    }

    private static long query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + demo.resolve("kizuna.duckdb"));
                Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
