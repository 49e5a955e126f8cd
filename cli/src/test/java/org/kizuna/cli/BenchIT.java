package org.kizuna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark command, run small: its table has every step, and each ratio is its two times divided. */
class BenchIT {

    private static final Pattern TIMED_ROW = Pattern.compile(
            "\\| ([^|]+) \\| (\\d+\\.\\d{2}) \\| (\\d+\\.\\d{2}) \\(([^)]*)\\) \\| (\\d+\\.\\d{2})× \\| [^|]+ \\|");

    @TempDir
    Path root;

    @Test
    void printsEachStepBesideDuckDbsFloorWithTheRatioOfTheTwo() throws Exception {
        Path work = root.resolve("bench");
        KizunaJar.Outcome outcome = KizunaJar.run(
                        root, "2025-07-15", "bench", "--customers", "300", "--dir", work.toString())
                .succeeded()
                .printedNoStackTrace();

        assertThat(outcome.out()).startsWith("Scale custom: 300 customers,");
        List<String> timed = outcome.out()
                .lines()
                .filter(line -> TIMED_ROW.matcher(line).matches())
                .toList();
        assertThat(timed)
                .extracting(line -> line.substring(2, line.indexOf(" |", 2)))
                .containsExactly(
                        "import (checked, all or nothing)",
                        "whole catalogue, one month",
                        "whole catalogue, one month by plan",
                        "whole catalogue, 12 months");
        for (String line : timed) {
            Matcher row = TIMED_ROW.matcher(line);
            assertThat(row.matches()).isTrue();
            BigDecimal kizuna = new BigDecimal(row.group(2));
            BigDecimal floor = new BigDecimal(row.group(3));
            BigDecimal printed = new BigDecimal(row.group(5));
            // Both times are printed rounded to ±0.005 s, the ratio from the unrounded ones: it must lie between
            // the smallest and the largest quotient those intervals allow (a floor printed as 0.00 sets no top).
            BigDecimal half = new BigDecimal("0.005");
            BigDecimal lowest =
                    kizuna.subtract(half).max(BigDecimal.ZERO).divide(floor.add(half), 4, RoundingMode.DOWN);
            assertThat(printed).as("ratio of %s", line).isGreaterThanOrEqualTo(lowest.subtract(half));
            if (floor.compareTo(half) > 0) {
                BigDecimal highest = kizuna.add(half).divide(floor.subtract(half), 4, RoundingMode.UP);
                assertThat(printed).as("ratio of %s", line).isLessThanOrEqualTo(highest.add(half));
            }
        }
        assertThat(outcome.out()).contains("| generate |");
        // where the time went: a row per query file the catalogue ran, twelve runs of each in the series; and
        // a row per query of the floor
        assertThat(outcome.out())
                .contains("| engagement_active_users.sql | ")
                .contains("| mrr_changes.sql | ")
                .containsPattern("\\| survey_scores\\.sql \\| \\d+\\.\\d{2} \\| \\d+ % \\| \\d+\\.\\d{2} \\| 48 \\|")
                .containsPattern("\\| activity\\.sql \\| \\d+\\.\\d{2} \\| \\d+ % \\| \\d+\\.\\d{2} \\| 12 \\|");
        for (String query : List.of("subscriptions", "events by user and day", "tickets", "costs")) {
            assertThat(outcome.out()).containsPattern("\\| " + query + " \\| \\d+\\.\\d{2} \\|  \\| \\d+\\.\\d{2} \\|");
        }
        assertThat(outcome.out()).containsPattern("Peak heap while computing the metrics: [\\d,]+ MiB");
        // the work folder holds what was measured: the generated files, the workspace and both floors
        assertThat(work.resolve("data").resolve("customers.csv")).isRegularFile();
        assertThat(work.resolve("workspace").resolve("kizuna.duckdb")).isRegularFile();
        assertThat(Files.exists(work.resolve("floor-before.duckdb"))).isTrue();
        assertThat(Files.exists(work.resolve("floor-after.duckdb"))).isTrue();
    }
}
