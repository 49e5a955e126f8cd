package org.kizuna.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.cli.FiguresAhead;
import org.kizuna.cli.Main;
import org.kizuna.cli.MetricsCommand;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.store.Workspace;
import org.kizuna.testkit.GoldenData;

/**
 * A report of the golden data set (GOLDEN.md in the testkit), June 2024: every figure checked here is worked out
 * there by hand.
 */
public class ReportBuilderTest {

    @TempDir
    static Path root;

    static Workspace workspace;

    /** 2024-07-01 00:30 UTC is 09:30 in Tokyo. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-01T00:30:00Z"), ZoneOffset.UTC);

    @BeforeAll
    static void golden() {
        workspace = goldenWorkspace(root);
    }

    /** The golden data set imported into a new workspace in yen, Tokyo time, Japanese. */
    public static Workspace goldenWorkspace(Path root) {
        Path data = GoldenData.copyTo(root.resolve("golden"));
        String folder = root.resolve("acme").toString();
        assertThat(Main.run("init", folder, "--currency", "JPY", "--time-zone", "Asia/Tokyo", "--lang", "ja"))
                .isZero();
        assertThat(Main.run("import", "--workspace", folder, data.toString())).isZero();
        return Workspace.open(Path.of(folder));
    }

    private static Report june(Map<String, String> where, String by, List<String> metrics, List<Family> families) {
        return new ReportBuilder(workspace, MetricsCommand::compute, CLOCK)
                .build(new ReportRequest(Period.parse("2024-06"), where, by, metrics, families, Language.JA));
    }

    @Test
    void theWholeCatalogueFamilyByFamilyWithWhatWasAsked() {
        Report report = june(Map.of(), "plan", null, null);
        assertThat(report.sections()).extracting(ReportSection::family).containsExactly(Family.values());
        assertThat(report.sections().get(0).name()).isEqualTo("顧客の声");
        assertThat(report.metrics()).hasSize(MetricCatalog.all().size());
        assertThat(report.workspace()).isEqualTo("acme");
        assertThat(report.by()).isEqualTo("plan");
        assertThat(report.currency()).isEqualTo("JPY");
        assertThat(report.generatedAt().toLocalDateTime()).hasToString("2024-07-01T09:30");
        assertThat(report.title()).isEqualTo("カスタマーサクセス・レポート 2024-06");
        assertThat(report.segmentLabel()).isEqualTo("すべての顧客");
    }

    /** NPS June 25.00 (100 × (4 − 2) / 8), pro 16.67 (100 × (3 − 2) / 6); MRR 696,666, May 711,666. */
    @Test
    void figuresAreTheCommandLinesForThePeriodThePeriodBeforeAndTheBreakdown() {
        Report report = june(Map.of(), "plan", null, null);
        ReportMetric nps = metric(report, "nps");
        assertThat(nps.current().value()).isEqualByComparingTo("25.00");
        assertThat(nps.current().period()).isEqualTo("2024-06");
        assertThat(nps.previous().period()).isEqualTo("2024-05");
        assertThat(nps.breakdown())
                .filteredOn(result -> "pro".equals(result.segment().attributes().get("plan")))
                .singleElement()
                .satisfies(pro -> assertThat(pro.value()).isEqualByComparingTo("16.67"));
        ReportMetric mrr = metric(report, "mrr");
        assertThat(mrr.current().value()).isEqualByComparingTo("696666");
        assertThat(mrr.previous().value()).isEqualByComparingTo("711666");
        // 696,666 − 711,666
        assertThat(mrr.change()).isEqualByComparingTo("-15000");
    }

    /** Churn June 18.18 % (100 × 4 / 22), pro 27.27 % (100 × 3 / 11). */
    @Test
    void aFilterNarrowsEveryFigure() {
        Report report = june(Map.of("plan", "pro"), null, List.of("churn_rate", "mrr"), null);
        assertThat(metric(report, "churn_rate").current().value()).isEqualByComparingTo("27.27");
        assertThat(metric(report, "mrr").current().value()).isEqualByComparingTo("300000");
        assertThat(report.segmentLabel()).isEqualTo("plan = pro");
        assertThat(metric(report, "mrr").breakdown()).isEmpty();
    }

    /** The twelve months July 2023 to June 2024; June's is the period's own result. */
    @Test
    void seriesAreTheTwelveMonthsEndingWithThePeriod() {
        Report report = june(Map.of(), null, List.of("nps"), null);
        ReportMetric nps = metric(report, "nps");
        assertThat(nps.series()).hasSize(12);
        assertThat(nps.series().get(0).period()).isEqualTo("2023-07");
        assertThat(nps.series().get(11)).isEqualTo(nps.current());
        assertThat(nps.series().get(10)).isEqualTo(nps.previous());
        assertThat(FiguresAhead.series(Period.parse("2024-Q2")))
                .extracting(Period::label)
                .startsWith("2023-07")
                .endsWith("2024-06");
    }

    /**
     * The database stays open from the months' preparation to the last period: every period's computation
     * finds it open before connecting, though the preparation's connection and the others' have closed.
     */
    @Test
    void theDatabaseStaysOpenWhileTheReportIsComputed() {
        List<Boolean> openAtStart = java.util.Collections.synchronizedList(new ArrayList<>());
        new ReportBuilder(
                        workspace,
                        (opened, metrics, period, by, where) -> {
                            openAtStart.add(opened.isOpen());
                            return MetricsCommand.compute(opened, metrics, period, by, where);
                        },
                        CLOCK)
                .build(new ReportRequest(Period.parse("2024"), Map.of(), null, List.of("nps"), null, Language.EN));
        assertThat(openAtStart)
                .as("the year, the year before and twelve months")
                .hasSize(14)
                .containsOnly(true);
        assertThat(workspace.isOpen()).as("closed once the report is made").isFalse();
    }

    /**
     * A year's report counts the year before with its twelve months (2023 ends on 31 December, the day before
     * January 2024 starts); a quarter's period before (2024-Q1) lies within its months, which are counted alone.
     */
    @Test
    void theYearBeforeIsCountedWithTheMonthsItPrecedes() {
        Period year = Period.parse("2024");
        assertThat(FiguresAhead.countedTogether(year))
                .extracting(Period::label)
                .hasSize(13)
                .startsWith("2023", "2024-01")
                .endsWith("2024-12");
        Period quarter = Period.parse("2024-Q2");
        assertThat(FiguresAhead.countedTogether(quarter)).isEqualTo(FiguresAhead.series(quarter));
    }

    /**
     * June: opening 711,666; new 40,000 on 711,666; expansion 25,000 on 751,666; reactivation 40,000 on 776,666;
     * contraction 20,000 down to 796,666 (816,666 − 20,000); churned 100,000 down to 696,666; closing 696,666.
     */
    @Test
    void mrrMovementsAreAWaterfall() {
        Report report = june(Map.of(), null, null, List.of(Family.REVENUE));
        assertThat(report.movements())
                .extracting(
                        Movement::part,
                        Movement::kind,
                        m -> m.base().intValue(),
                        m -> m.amount().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mrr_start", Movement.Kind.TOTAL, 0, 711666),
                        org.assertj.core.groups.Tuple.tuple("new", Movement.Kind.UP, 711666, 40000),
                        org.assertj.core.groups.Tuple.tuple("expansion", Movement.Kind.UP, 751666, 25000),
                        org.assertj.core.groups.Tuple.tuple("reactivation", Movement.Kind.UP, 776666, 40000),
                        org.assertj.core.groups.Tuple.tuple("contraction", Movement.Kind.DOWN, 796666, 20000),
                        org.assertj.core.groups.Tuple.tuple("churned", Movement.Kind.DOWN, 696666, 100000),
                        org.assertj.core.groups.Tuple.tuple("mrr_end", Movement.Kind.TOTAL, 0, 696666));
        assertThat(report.sections()).extracting(ReportSection::family).containsExactly(Family.REVENUE);
        assertThat(report.cohorts()).isNull();
    }

    /**
     * Retention cohorts from July 2023 (eleven months before June) to June 2024. June's three new customers are
     * c10, c11 and c30 (churn_rate June: acquired 3); c10 was lost within June, so 100 × 2 / 3 = 66.67 % are
     * there at the end of their first month.
     */
    @Test
    void cohortsComeWithTheRetentionFamilyAndEndWithThePeriod() {
        Report report = june(Map.of(), null, null, List.of(Family.RETENTION));
        assertThat(report.cohorts()).isNotNull();
        assertThat(report.cohorts().rows()).hasSize(12);
        assertThat(report.cohorts().rows().get(0).cohort()).isEqualTo("2023-07");
        org.kizuna.metrics.cohort.CohortTable.Row june = report.cohorts().rows().get(11);
        assertThat(june.cohort()).isEqualTo("2024-06");
        assertThat(june.customers()).isEqualTo(3);
        assertThat(june.cells())
                .singleElement()
                .satisfies(cell -> assertThat(cell).isEqualByComparingTo("66.67"));
        assertThat(report.movements()).isEmpty();
    }

    @Test
    void metricsWithoutDataAreListedForTheNotes() {
        Report report = june(Map.of(), null, null, null);
        assertThat(report.withoutData())
                .allSatisfy(metric -> assertThat(metric.current().hasData()).isFalse());
        assertThat(report.withoutData().size()
                        + report.metrics().stream()
                                .filter(metric -> metric.current().hasData())
                                .count())
                .isEqualTo(MetricCatalog.all().size());
    }

    /** Each (metric, period, segment) once: previous, current and eleven further months of series, no breakdown. */
    @Test
    void rowsHoldEveryFigureOnce() {
        Report report = june(Map.of(), null, List.of("nps", "mrr"), null);
        // Per metric: the twelve months July–June, which include May (previous) and June (current).
        assertThat(report.rows()).hasSize(2 * 12);
        Report withBreakdown = june(Map.of(), "plan", List.of("nps"), null);
        assertThat(withBreakdown.rows())
                .hasSize(12 + metric(withBreakdown, "nps").breakdown().size());
    }

    @Test
    void aMistakeInWhatIsAskedSaysWhat() {
        assertThatThrownBy(() -> ReportRequest.family("money"))
                .hasMessageContaining("--family \"money\" is not one of voice, retention, revenue");
        assertThatThrownBy(() -> new ReportRequest(
                        Period.parse("2024-06"), Map.of(), null, List.of("nps"), List.of(Family.VOICE), Language.EN))
                .hasMessage("give either --metric or --family, not both");
        assertThatThrownBy(() -> new ReportRequest(
                                Period.parse("2024-06"), Map.of(), null, List.of("nope"), null, Language.EN)
                        .metrics())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    static ReportMetric metric(Report report, String id) {
        return report.metrics().stream()
                .filter(metric -> metric.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
