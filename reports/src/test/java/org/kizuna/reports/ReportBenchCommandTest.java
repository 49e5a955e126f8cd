package org.kizuna.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.metrics.MetricCatalog;
import picocli.CommandLine;

/**
 * {@code kizuna bench-report}, run small: its table has every step with its time and ratio to the baseline, the
 * floor of the report's periods among them, and the first report is told as a multiple of that floor.
 */
class ReportBenchCommandTest {

    private static final Pattern ROW = Pattern.compile("\\| (.+?) +\\| +(\\d+\\.\\d{2}) \\| +(\\d+\\.\\d{2})× \\|");
    private static final Pattern AGAINST_FLOOR = Pattern.compile(
            "The report with nothing kept took (\\d+\\.\\d{2})× DuckDB's floor for the same periods\\.");

    @TempDir
    Path root;

    @Test
    void timesEveryStepBesideTheBaselineAndTheFloorOfTheSamePeriods() {
        Path workspace = root.resolve("bench");
        Path kept = root.resolve("reports");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new ReportBenchCommand())
                    .execute(
                            "--workspace",
                            workspace.toString(),
                            "--customers",
                            "200",
                            "--period",
                            "2025",
                            "--lang",
                            "en",
                            "--out",
                            kept.toString());
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isZero();

        Map<String, BigDecimal[]> rows = new LinkedHashMap<>();
        text.lines()
                .map(ROW::matcher)
                .filter(Matcher::matches)
                .forEach(row -> rows.put(
                        row.group(1), new BigDecimal[] {new BigDecimal(row.group(2)), new BigDecimal(row.group(3))}));
        // A year's report computes the year, 2024 and the twelve months of 2025: 14 periods. The floor reads each
        // table once for 2025, once for 2024 and once for the months together: 3 passes.
        assertThat(rows.keySet())
                .startsWith(
                        "baseline: whole catalogue, one month (2025-12), every query run",
                        "floor: the same 14 periods' aggregates by hand in DuckDB (3 passes)",
                        "computing the report (" + MetricCatalog.all().size() + " metrics, 14 periods), nothing kept",
                        "computing it again, tables unchanged (their tallies kept)")
                .contains(
                        "computing the report after them",
                        "report as xlsx, first: computing and writing (goal ≤ 10 s: met)",
                        "report as docx, again: computing and writing (goal ≤ 10 s: met)",
                        "report as csv, after the figures ahead (goal ≤ 10 s: met)")
                .anyMatch(step -> step.startsWith("computing the figures ahead ("))
                .anyMatch(step -> step.startsWith("writing pdf ("))
                // baseline, floor, first, again, ahead, after, and per format: writing, first, again, after
                .hasSize(6 + 4 * 4);
        BigDecimal baseline = rows.get("baseline: whole catalogue, one month (2025-12), every query run")[0];
        for (Map.Entry<String, BigDecimal[]> row : rows.entrySet()) {
            assertThat(row.getValue()[1])
                    .as(row.getKey())
                    .isBetween(lowest(row.getValue()[0], baseline), highest(row.getValue()[0], baseline));
        }
        Matcher againstFloor = AGAINST_FLOOR.matcher(text);
        assertThat(againstFloor.find()).as(text).isTrue();
        BigDecimal floor = rows.get("floor: the same 14 periods' aggregates by hand in DuckDB (3 passes)")[0];
        BigDecimal first = rows.get(
                        "computing the report (" + MetricCatalog.all().size() + " metrics, 14 periods), nothing kept")[
                0];
        assertThat(new BigDecimal(againstFloor.group(1))).isBetween(lowest(first, floor), highest(first, floor));
        // the reports written in each format are kept when asked
        assertThat(kept.resolve("report-2025.xlsx")).isNotEmptyFile();
        assertThat(kept.resolve("report-2025.csv")).isNotEmptyFile();
    }

    // Both times are printed to ±0.005 s, the ratio from the unrounded ones: it lies between the smallest and
    // the largest quotient of the two intervals, printed to ±0.005 itself.
    private static final BigDecimal HALF = new BigDecimal("0.005");

    private static BigDecimal lowest(BigDecimal seconds, BigDecimal of) {
        return seconds.subtract(HALF)
                .max(BigDecimal.ZERO)
                .divide(of.add(HALF), 4, RoundingMode.DOWN)
                .subtract(HALF);
    }

    private static BigDecimal highest(BigDecimal seconds, BigDecimal of) {
        if (of.compareTo(HALF) <= 0) {
            return new BigDecimal(Long.MAX_VALUE);
        }
        return seconds.add(HALF).divide(of.subtract(HALF), 4, RoundingMode.UP).add(HALF);
    }
}
