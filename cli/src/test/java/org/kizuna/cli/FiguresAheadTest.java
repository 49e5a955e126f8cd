package org.kizuna.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.cli.InProcessRun.kizuna;
import static org.kizuna.testkit.CsvDataSet.aDataSet;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.Period;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.store.Workspace;
import org.kizuna.store.query.QueryTiming;
import org.kizuna.store.query.StoreMetricInputs;

/** The periods computed ahead of any request, and {@code kizuna import --prepare}, which computes them. */
class FiguresAheadTest {

    @TempDir
    Path root;

    /**
     * With November 2026 the last full month: the report of 2025 (2025, 2024 and the months of 2025), of the
     * third quarter of 2026 (it, the second and the months October 2025 to September 2026) and of December 2025
     * to November 2026 (that range, the 365 days before it, 1 December 2024 to 30 November 2025, and its
     * months); the longer periods first, then the 23 months from January 2025 on.
     */
    @Test
    void inDecemberTheLastFullYearQuarterAndTwelveMonthsAreThreeReports() {
        List<String> expected = new ArrayList<>(
                List.of("2025", "2024", "2026-Q3", "2026-Q2", "2025-12-01..2026-11-30", "2024-12-01..2025-11-30"));
        for (YearMonth month = YearMonth.of(2025, 1);
                !month.isAfter(YearMonth.of(2026, 11));
                month = month.plusMonths(1)) {
            expected.add(month.toString());
        }

        assertThat(FiguresAhead.periods(YearMonth.of(2026, 11)))
                .extracting(Period::label)
                .hasSize(6 + 23)
                .containsExactlyElementsOf(expected);
        List<String> together = new ArrayList<>(List.of("2024"));
        together.addAll(expected.subList(6, expected.size()));
        assertThat(FiguresAhead.countedTogether(YearMonth.of(2026, 11)))
                .extracting(Period::label)
                .hasSize(1 + 23)
                .containsExactlyElementsOf(together);
    }

    /**
     * With December 2026 the last full month, the last twelve months are the year 2026 and the twelve months
     * before them the year 2025: the same days, each computed once. The last full quarter is the fourth.
     */
    @Test
    void inJanuaryTheLastTwelveMonthsAreTheLastFullYear() {
        List<String> expected = new ArrayList<>(List.of("2026", "2025", "2026-Q4", "2026-Q3"));
        for (int month = 1; month <= 12; month++) {
            expected.add(YearMonth.of(2026, month).toString());
        }

        assertThat(FiguresAhead.periods(YearMonth.of(2026, 12)))
                .extracting(Period::label)
                .containsExactlyElementsOf(expected);
        assertThat(FiguresAhead.countedTogether(YearMonth.of(2026, 12)))
                .extracting(Period::label)
                .containsExactlyElementsOf(concat(List.of("2025"), expected.subList(4, expected.size())));
    }

    /** The cohorts up to each report's last month: December 2025, September 2026 and November 2026. */
    @Test
    void theCohortsAheadEndWithEachReportsLastMonth() {
        assertThat(FiguresAhead.cohortMonths(YearMonth.of(2026, 11)))
                .containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 9), YearMonth.of(2026, 11));
        assertThat(FiguresAhead.cohortMonths(YearMonth.of(2026, 12))).containsExactly(YearMonth.of(2026, 12));
    }

    @Test
    void periodsAreDescribedAsTheirMonthsThenTheLongerOnes() {
        assertThat(FiguresAhead.describe(FiguresAhead.periods(YearMonth.of(2026, 11))))
                .isEqualTo("2025-01 to 2026-11 and 2025, 2024, 2026-Q3, 2026-Q2, 2025-12-01..2026-11-30,"
                        + " 2024-12-01..2025-11-30");
        assertThat(FiguresAhead.describe(List.of(Period.parse("2026-03")))).isEqualTo("2026-03");
        assertThat(FiguresAhead.describe(List.of(Period.parse("2026")))).isEqualTo("2026");
    }

    /**
     * After {@code import --prepare}, every query of every period computed ahead is answered from the kept
     * tallies; after a plain import of the same data, none is.
     */
    @Test
    void anImportThatPreparesLeavesEveryPeriodAheadKept() {
        YearMonth last = Today.lastFullMonth(ZoneId.of("Asia/Tokyo"));
        Path data = companyActiveUntil(last);
        Path prepared = root.resolve("prepared");
        Path plain = root.resolve("plain");
        for (Path workspace : List.of(prepared, plain)) {
            assertThat(kizuna("init", workspace.toString(), "--currency", "JPY", "--time-zone", "Asia/Tokyo")
                            .exitCode())
                    .isZero();
        }

        InProcessRun run;
        // As at a terminal, so that the steps are drawn.
        System.setProperty("kizuna.stderr.terminal", "true");
        try {
            run = kizuna("import", "--workspace", prepared.toString(), data.toString(), "--prepare");
        } finally {
            System.clearProperty("kizuna.stderr.terminal");
        }
        InProcessRun plainRun = kizuna("import", "--workspace", plain.toString(), data.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Period> ahead = FiguresAhead.periods(last);
        assertThat(run.out())
                .contains("Imported." + System.lineSeparator())
                .contains("Computed the figures of " + FiguresAhead.describe(ahead) + " ahead in ");
        // The figures' steps, after the import's own: the months and the year before counted together, each
        // period as it is awaited, in the order listed, then each report's cohorts.
        List<YearMonth> cohortMonths = FiguresAhead.cohortMonths(last);
        int total = 1 + ahead.size() + cohortMonths.size();
        List<String> expected = new ArrayList<>();
        expected.add(
                "1/" + total + " counting " + FiguresAhead.describe(FiguresAhead.countedTogether(last)) + " together");
        for (Period period : ahead) {
            expected.add((expected.size() + 1) + "/" + total + " computing " + period.label());
        }
        for (YearMonth month : cohortMonths) {
            expected.add((expected.size() + 1) + "/" + total + " retention cohorts to " + month);
        }
        Pattern drawn = Pattern.compile("[█░]{24} (\\d+)/(\\d+) +\\d+s  (.*?) *");
        assertThat(Arrays.stream(run.err().split("\r"))
                        .map(drawn::matcher)
                        .filter(step -> step.matches() && step.group(2).equals(Integer.toString(total)))
                        .map(step -> step.group(1) + "/" + step.group(2) + " " + step.group(3))
                        .toList())
                .containsExactlyElementsOf(expected);
        assertThat(plainRun.exitCode()).as(plainRun.err()).isZero();
        assertThat(plainRun.out()).doesNotContain("Computed");
        Workspace preparedWorkspace = Workspace.open(prepared);
        for (Period period : ahead) {
            int[] runs = queriesAndKept(preparedWorkspace, period);
            assertThat(runs[0]).as("queries of %s", period.label()).isPositive();
            assertThat(runs[1]).as("kept for %s", period.label()).isEqualTo(runs[0]);
        }
        for (YearMonth month : FiguresAhead.cohortMonths(last)) {
            try (StoreMetricInputs inputs = new StoreMetricInputs(preparedWorkspace)) {
                inputs.cohorts(month.minusMonths(CohortsQuery.DEFAULT_MONTHS - 1L), month);
                assertThat(inputs.keptRuns())
                        .as("cohorts to %s kept", month)
                        .isPositive()
                        .isEqualTo(inputs.timings().stream()
                                .mapToInt(QueryTiming::runs)
                                .sum());
            }
        }
        Period year = ahead.get(0);
        assertThat(queriesAndKept(Workspace.open(plain), year)[1])
                .as("nothing kept for %s after a plain import", year.label())
                .isZero();
    }

    @Test
    void aDryRunCannotPrepare() {
        Path workspace = root.resolve("dry");
        kizuna("init", workspace.toString(), "--currency", "JPY", "--time-zone", "Asia/Tokyo");

        InProcessRun run = kizuna(
                "import",
                "--workspace",
                workspace.toString(),
                companyActiveUntil(YearMonth.of(2026, 11)).toString(),
                "--dry-run",
                "--prepare");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("kizuna: --prepare computes figures from imported data; a --dry-run imports none"
                        + System.lineSeparator());
    }

    private static List<String> concat(List<String> first, List<String> then) {
        List<String> both = new ArrayList<>(first);
        both.addAll(then);
        return both;
    }

    // The whole catalogue for the period over kept tallies where they hold: {queries, of which read kept}.
    private static int[] queriesAndKept(Workspace workspace, Period period) {
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, Map.of(), true)) {
            new MetricsEngine()
                    .compute(
                            new MetricRequest(period, Optional.empty(), workspace.settings()),
                            MetricCatalog.all(),
                            inputs);
            return new int[] {
                inputs.timings().stream().mapToInt(QueryTiming::runs).sum(), inputs.keptRuns()
            };
        }
    }

    // Two customers subscribed since two years before the last full month, one answering a survey in it.
    private Path companyActiveUntil(YearMonth last) {
        String since = last.minusMonths(24).atDay(1).toString();
        return aDataSet()
                .table("customers", "customer_id", "signup_date", "plan")
                .row("c1", since, "pro")
                .row("c2", since, "basic")
                .table("subscriptions", "subscription_id", "customer_id", "start_date", "end_date", "mrr")
                .row("s1", "c1", since, "", "10000")
                .row("s2", "c2", since, "", "5000")
                .table("surveys", "survey_id", "type", "scale_min", "scale_max")
                .row("nps", "nps", "0", "10")
                .table("survey_responses", "response_id", "survey_id", "customer_id", "answered_at", "score")
                .row("r1", "nps", "c1", last.atDay(10) + "T10:00:00+09:00", "9")
                .writeTo(root.resolve("data-" + last));
    }
}
