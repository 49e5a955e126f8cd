package org.kizuna.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kizuna.domain.Period;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.ImportReport;
import org.kizuna.store.importing.Importer;
import org.kizuna.testkit.GoldenData;

/**
 * The golden data set of the testkit, imported into a Tokyo workspace: every row of its {@code expected.csv}
 * (a figure worked out by hand in {@code GOLDEN.md} beside it) is checked against the metric the product
 * computes, one test per row. A segment {@code plan=pro} is computed over the customers whose plan is pro.
 */
class GoldenDataSetTest {

    private static final List<String> PERIODS = List.of("2024-06", "2024-Q2");

    private static final List<String> SEGMENTS = List.of("", "plan=pro");

    private static final Map<String, MetricResult> RESULTS = new ConcurrentHashMap<>();

    @TempDir
    static Path dir;

    private static Path data;
    private static Workspace workspace;
    private static ImportReport report;

    /**
     * One line of expected.csv.
     *
     * @param metric catalogue id
     * @param period period label
     * @param segment empty for the whole base, else {@code attribute=value}
     * @param field {@code value} or the name of a part
     * @param expected the figure, or null for "no data"
     */
    record Expectation(String metric, String period, String segment, String field, BigDecimal expected) {

        static Expectation parse(String line) {
            String[] cells = line.split(",", -1);
            if (cells.length != 5) {
                throw new IllegalArgumentException("expected.csv: not five columns: " + line);
            }
            return new Expectation(
                    cells[0], cells[1], cells[2], cells[3], cells[4].isEmpty() ? null : new BigDecimal(cells[4]));
        }

        Map<String, String> where() {
            if (segment.isEmpty()) {
                return Map.of();
            }
            String[] attribute = segment.split("=", 2);
            return Map.of(attribute[0], attribute[1]);
        }

        @Override
        public String toString() {
            return metric + " " + period + " " + (segment.isEmpty() ? "all" : segment) + " " + field + " = "
                    + (expected == null ? "no data" : expected.toPlainString());
        }
    }

    @BeforeAll
    static void importTheGoldenDataSet() {
        data = GoldenData.copyTo(dir.resolve("golden"));
        workspace =
                Workspace.init(dir.resolve("ws"), WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")));
        report = new Importer(workspace).importFrom(data, ImportOptions.defaults());
    }

    @Test
    void everyTableOfTheDataSetImportsWholeAndWithoutNotes() throws IOException {
        Set<String> expectedTables = DataContract.TABLES.stream()
                .map(Table::name)
                .filter(name -> !name.equals("fx_rates"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(report.tables())
                .extracting(ImportReport.TableSummary::table)
                .containsExactlyInAnyOrderElementsOf(expectedTables);
        assertThat(report.notices()).isEmpty();
        assertThat(report.dryRun()).isFalse();
        for (ImportReport.TableSummary table : report.tables()) {
            // No field of the data set spans lines: every line after the header is one row.
            long rows;
            try (Stream<String> lines = Files.lines(data.resolve(table.table() + ".csv"))) {
                rows = lines.skip(1).filter(line -> !line.isEmpty()).count();
            }
            assertThat(table.rows()).as(table.table()).isEqualTo(rows);
            assertThat(table.replaced()).as(table.table()).isZero();
        }
    }

    @Test
    void theExpectationsGiveAValueForEveryMetricPeriodAndSegment() {
        Set<String> values = expectations()
                .filter(e -> e.field().equals("value"))
                .map(e -> e.metric() + " " + e.period() + " " + e.segment())
                .collect(Collectors.toSet());
        for (String metric : MetricCatalog.ids()) {
            for (String period : PERIODS) {
                for (String segment : SEGMENTS) {
                    assertThat(values).contains(metric + " " + period + " " + segment);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void theProductComputesTheFigureWorkedOutByHand(Expectation expectation) {
        String row = expectation.toString();
        MetricResult result = result(expectation);
        assertThat(result.period()).as(row).isEqualTo(expectation.period());
        BigDecimal actual;
        if (expectation.field().equals("value")) {
            actual = result.value();
        } else {
            assertThat(result.parts()).as(row).containsKey(expectation.field());
            actual = figure(result.parts().get(expectation.field()));
        }
        if (expectation.expected() == null) {
            assertThat(actual).as(row).isNull();
        } else {
            assertThat(actual).as(row).isNotNull().isEqualByComparingTo(expectation.expected());
        }
    }

    /**
     * The expectation files: the shared facts and first metrics in {@code expected.csv}, and one file per
     * catalogue family, each worked out in the document of the same name ({@code GOLDEN-value.md} …).
     */
    static final List<String> EXPECTATION_FILES = List.of(
            "expected.csv",
            "expected-voice-retention.csv",
            "expected-value.csv",
            "expected-engagement.csv",
            "expected-support.csv",
            "expected-advocacy.csv");

    static Stream<Expectation> expectations() {
        return EXPECTATION_FILES.stream().flatMap(file -> {
            Optional<String> text = GoldenData.resource(file);
            if (file.equals("expected.csv") && text.isEmpty()) {
                throw new IllegalStateException("no expected.csv in " + GoldenData.FOLDER);
            }
            List<String> lines = new ArrayList<>(
                    text.orElse("").lines().filter(line -> !line.isBlank()).toList());
            if (lines.isEmpty()) {
                return Stream.empty();
            }
            assertThat(lines.remove(0)).as(file).isEqualTo("metric,period,segment,field,expected");
            return lines.stream().map(Expectation::parse);
        });
    }

    private static MetricResult result(Expectation expectation) {
        String key = expectation.metric() + " " + expectation.period() + " " + expectation.segment();
        return RESULTS.computeIfAbsent(key, k -> {
            try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, expectation.where())) {
                List<MetricResult> results = new MetricsEngine()
                        .compute(
                                new MetricRequest(
                                        Period.parse(expectation.period()), Optional.empty(), workspace.settings()),
                                MetricCatalog.select(List.of(expectation.metric())),
                                inputs);
                assertThat(results).hasSize(1);
                return results.get(0);
            }
        });
    }

    // Parts hold counts as whole numbers and figures as decimals; null is "no data".
    private static BigDecimal figure(Object part) {
        if (part == null) {
            return null;
        }
        if (part instanceof BigDecimal decimal) {
            return decimal;
        }
        if (part instanceof Long || part instanceof Integer) {
            return BigDecimal.valueOf(((Number) part).longValue());
        }
        throw new AssertionError("a part that is not a number: " + part);
    }
}
