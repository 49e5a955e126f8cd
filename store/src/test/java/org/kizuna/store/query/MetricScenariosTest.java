package org.kizuna.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kizuna.testkit.CsvDataSet.aDataSet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.Period;
import org.kizuna.metrics.ActivityCounts;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.cohort.CohortMeasure;
import org.kizuna.metrics.cohort.CohortTable;
import org.kizuna.metrics.cohort.CohortTally;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;

/**
 * The first metrics computed end to end through a real DuckDB workspace, on small companies whose every
 * figure is worked out by hand below. June 2024 is the period throughout; the workspace is in Tokyo. The
 * period's start is the state on 31 May, the day before its first day.
 */
class MetricScenariosTest {

    private static final Period JUNE = Period.parse("2024-06");

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void createWorkspace() {
        workspace = Scenarios.tokyoWorkspace(dir.resolve("ws"));
    }

    /**
     * Nine customers around the June boundaries (end_date is the first day no longer covered):
     * <pre>
     * c1 pro      1000 from Jan, 1300 from 15 Jun          active 31 May and 30 Jun; 1000 → 1300 expansion
     * c2 pro       700 Jan .. 30 Jun (exclusive)            active 31 May, not 30 Jun: lost; churned 700
     * c3 pro       300 Jan .. 10 Jun, 230 .. 1 Jul         active both days; contraction 70
     * c4 pro       500 from 10 Jun, signed up 10 Jun       acquired, not active on 31 May; new 500
     * c5 starter   200 5 Jun .. 20 Jun, signed up 5 Jun    acquired and gone within June: in neither count
     * c6 starter   110 Jan .. 1 Mar, 130 from 15 Jun       not active 31 May; reactivation 130
     * c7 starter   170 from Jan, churned_at 15 Jun         active 31 May, not 30 Jun: lost; churned 170
     * c8 starter   190 from 1 Jun, signed up 1 Jun         acquired on the first day: not in the denominator
     * c9 starter   150 Jan .. 1 Jun (covered to 31 May)     active 31 May, not 30 Jun: lost in June; churned 150
     * </pre>
     */
    private void importSubscriptionCompany() {
        Path data = aDataSet()
                .table("customers", "customer_id", "signup_date", "plan", "churned_at")
                .row("c1", "2024-01-01", "pro", null)
                .row("c2", "2024-01-01", "pro", null)
                .row("c3", "2024-01-01", "pro", null)
                .row("c4", "2024-06-10", "pro", null)
                .row("c5", "2024-06-05", "starter", null)
                .row("c6", "2024-01-01", "starter", null)
                .row("c7", "2024-01-01", "starter", "2024-06-15")
                .row("c8", "2024-06-01", "starter", null)
                .row("c9", "2024-01-01", "starter", null)
                .table("subscriptions", "subscription_id", "customer_id", "start_date", "end_date", "mrr")
                .row("s1a", "c1", "2024-01-01", "2024-06-15", "1000")
                .row("s1b", "c1", "2024-06-15", null, "1300")
                .row("s2", "c2", "2024-01-01", "2024-06-30", "700")
                .row("s3a", "c3", "2024-01-01", "2024-06-10", "300")
                .row("s3b", "c3", "2024-06-10", "2024-07-01", "230")
                .row("s4", "c4", "2024-06-10", null, "500")
                .row("s5", "c5", "2024-06-05", "2024-06-20", "200")
                .row("s6a", "c6", "2024-01-01", "2024-03-01", "110")
                .row("s6b", "c6", "2024-06-15", null, "130")
                .row("s7", "c7", "2024-01-01", null, "170")
                .row("s8", "c8", "2024-06-01", null, "190")
                .row("s9", "c9", "2024-01-01", "2024-06-01", "150")
                .writeTo(dir.resolve("subscriptions"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
    }

    @Test
    void churnCountsCustomersThePeriodOpensWithWhoAreNotActiveOnItsLastDay() {
        importSubscriptionCompany();
        MetricResult churn = one("churn_rate", Optional.empty());
        // active on 31 May: c1 c2 c3 c7 c9 = 5; lost: c2 (covered to 29 Jun), c7 (churned_at), c9 (to 31 May) = 3
        assertThat(churn.denominator()).isEqualByComparingTo("5");
        assertThat(churn.numerator()).isEqualByComparingTo("3");
        assertThat(churn.value()).isEqualByComparingTo("60.00"); // 100 × 3 / 5
    }

    @Test
    void activeDuringThePeriodMeansActiveOnAnyOfItsDays() {
        importSubscriptionCompany();
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            ActivityCounts june = ActivityCounts.of(inputs.activity(JUNE, Optional.empty()));
            // c1 c2 c3 c4 c5 c8 are covered on some June day; c6 from the 15th; c7 until churned_at on the
            // 15th; c9's coverage ended on 1 June (exclusive): 8 of 9
            assertThat(june.activeDuring()).isEqualTo(8);
            // May: covered on some May day: c1 c2 c3 c7 c9 (c6 ended 1 March; the others start in June) = 5
            assertThat(ActivityCounts.of(inputs.activity(Period.parse("2024-05"), Optional.empty()))
                            .activeDuring())
                    .isEqualTo(5);
        }
    }

    @Test
    void aSubscriptionEndingOnTheFirstIsLostInThatMonthNotTheMonthBefore() {
        importSubscriptionCompany();
        // May: active on 30 Apr and on 31 May are the same five (c1 c2 c3 c7 c9): nobody lost, c9 included
        MetricResult may = compute(Period.parse("2024-05"), List.of("churn_rate"), Optional.empty())
                .get(0);
        assertThat(may.denominator()).isEqualByComparingTo("5");
        assertThat(may.numerator()).isEqualByComparingTo("0");
        MetricResult june = one("churn_rate", Optional.empty());
        assertThat((Long) june.parts().get("lost")).isEqualTo(3L); // c2, c7 and c9
    }

    @Test
    void retentionUsesTheExactFormAndShowsTheTextbookOneBeside() {
        importSubscriptionCompany();
        MetricResult retention = one("retention_rate", Optional.empty());
        assertThat(retention.value()).isEqualByComparingTo("40.00"); // 100 × 2 retained (c1 c3) / 5
        // textbook: active on 30 Jun (c1 c3 c4 c6 c8 = 5) minus acquired (c4 c5 c8 = 3), over 5 at the start
        // = 40.00 as well; c5 (acquired and lost) and c6 (reactivated) offset each other here
        assertThat((BigDecimal) retention.parts().get("textbook_pct")).isEqualByComparingTo("40.00");
    }

    @Test
    void mrrMovementsClassifyEachCustomerAndReconcile() {
        importSubscriptionCompany();
        MetricResult movements = one("mrr_movements", Optional.empty());
        assertThat((BigDecimal) movements.parts().get("new")).isEqualByComparingTo("690"); // c4 500 + c8 190
        assertThat((BigDecimal) movements.parts().get("expansion")).isEqualByComparingTo("300"); // c1 1300 − 1000
        assertThat((BigDecimal) movements.parts().get("contraction")).isEqualByComparingTo("70"); // c3 300 − 230
        assertThat((BigDecimal) movements.parts().get("churned"))
                .isEqualByComparingTo("1020"); // c2 700 + c7 170 + c9 150
        assertThat((BigDecimal) movements.parts().get("reactivation")).isEqualByComparingTo("130"); // c6
        assertThat((BigDecimal) movements.parts().get("mrr_start"))
                .isEqualByComparingTo("2320"); // 1000+700+300+170+150
        assertThat((BigDecimal) movements.parts().get("mrr_end")).isEqualByComparingTo("2350"); // 1300+230+500+130+190
        assertThat(movements.value()).isEqualByComparingTo("30"); // 690 + 300 + 130 − 70 − 1020 = 2350 − 2320
    }

    @Test
    void mrrIsTheSumOnTheLastDayAndArpuDividesItByActiveCustomers() {
        importSubscriptionCompany();
        assertThat(one("mrr", Optional.empty()).value()).isEqualByComparingTo("2350");
        // 2350 / 5 customers active on 30 Jun (c1 c3 c4 c6 c8)
        assertThat(one("arpu", Optional.empty()).value()).isEqualByComparingTo("470");
    }

    @Test
    void segmentsSplitTheDenominatorWithoutLosingAnyone() {
        importSubscriptionCompany();
        List<MetricResult> churn = compute(List.of("churn_rate"), Optional.of("plan"));
        assertThat(churn)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "pro"), Segment.of("plan", "starter"));
        // pro: c1 c2 c3 active on 31 May, c2 lost → 100 × 1 / 3; starter: c7 c9, both lost → 100 × 2 / 2
        assertThat(churn.get(1).value()).isEqualByComparingTo("33.33");
        assertThat(churn.get(2).value()).isEqualByComparingTo("100.00");
        assertThat(churn.get(1).denominator().add(churn.get(2).denominator()))
                .isEqualByComparingTo(churn.get(0).denominator());
    }

    @Test
    void aFilterKeepsOnlyTheCustomersWithTheAttributeValue() {
        importSubscriptionCompany();
        try (StoreMetricInputs pro = new StoreMetricInputs(workspace, Map.of("plan", "pro"))) {
            List<MetricResult> results = new MetricsEngine()
                    .compute(
                            new MetricRequest(JUNE, Optional.empty(), workspace.settings()),
                            MetricCatalog.select(List.of("churn_rate", "mrr")),
                            pro);
            // pro: c1 c2 c3 active on 31 May, c2 lost → 100 × 1 / 3; MRR on 30 Jun c1 1300 + c3 230 + c4 500
            assertThat(results.get(0).value()).isEqualByComparingTo("33.33");
            assertThat(results.get(1).value()).isEqualByComparingTo("2030");
        }
    }

    @Test
    void aFilterOnAnUnknownAttributeNamesTheKnownOnes() {
        importSubscriptionCompany();
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, Map.of("colour", "red"))) {
            assertThatThrownBy(() -> inputs.activity(JUNE, Optional.empty()))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageStartingWith("unknown attribute \"colour\" to filter by; known: plan, region,");
        }
    }

    /**
     * January's cohort is c1 c2 c3 c6 c7 c9 (6). Active at the month ends Jan–Jun: 6, 6, then 5 from March
     * (c6 ended 1 Mar), 5, 5, and 3 in June (c1 c3 c6: c2 ends the 30th, c7 churned, c9 ended 1 Jun). MRR:
     * 1000+700+300+110+170+150 = 2430 in Jan and Feb, 2320 without c6 in Mar–May, 1300+230+130 = 1660 in June.
     * June's cohort is c4 c5 c8 (3): c4 and c8 are active on 30 Jun, c5 ended the 20th; MRR 500 + 190 = 690.
     */
    @Test
    void cohortsFollowEachSignupMonthToTheLastMonth() {
        importSubscriptionCompany();
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            List<CohortTally> tallies = inputs.cohorts(YearMonth.of(2024, 1), YearMonth.of(2024, 6));
            CohortTable retention = CohortTable.of(CohortMeasure.RETENTION, "JPY", tallies);
            assertThat(retention.rows()).extracting(CohortTable.Row::cohort).containsExactly("2024-01", "2024-06");
            assertThat(retention.rows().get(0).customers()).isEqualTo(6);
            // 6/6, 6/6, 5/6 = 83.333…, 5/6, 5/6, 3/6
            assertThat(retention.rows().get(0).cells())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(d("100"), d("100"), d("83.33"), d("83.33"), d("83.33"), d("50"));
            assertThat(retention.rows().get(1).cells())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(d("66.67")); // 2 / 3
            CohortTable revenue = CohortTable.of(CohortMeasure.REVENUE_RETENTION, "JPY", tallies);
            // 2320 / 2430 = 95.4732…, 1660 / 2430 = 68.3127…
            assertThat(revenue.rows().get(0).cells())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(d("100"), d("100"), d("95.47"), d("95.47"), d("95.47"), d("68.31"));
            CohortTable mrr = CohortTable.of(CohortMeasure.MRR, "JPY", tallies);
            assertThat(mrr.rows().get(1).cells())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(d("690"));
        }
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void anEmptyPeriodHasNoDataRatherThanZero() {
        importSubscriptionCompany();
        List<MetricResult> results = new MetricsEngine()
                .compute(
                        new MetricRequest(Period.parse("2023-06"), Optional.empty(), workspace.settings()),
                        MetricCatalog.select(List.of("churn_rate", "retention_rate", "arpu", "nps")),
                        new StoreMetricInputs(workspace));
        assertThat(results).allSatisfy(r -> assertThat(r.value()).isNull());
    }

    /**
     * Surveys answered around the period's edges in Tokyo time: 1 Jun 00:00 +09:00 is in June, 1 Jul 00:30
     * +09:00 (still 30 Jun in UTC) is not, nor is 31 May 23:59:59.
     */
    private void importSurveyCompany() {
        Path data = aDataSet()
                .table("customers", "customer_id", "signup_date", "region")
                .row("c1", "2024-01-01", "kanto")
                .row("c2", "2024-01-01", "kansai")
                .table("surveys", "survey_id", "type", "scale_min", "scale_max", "satisfied_threshold", "touchpoint")
                .row("nps", "nps", "0", "10", null, "relationship")
                .row("csat5", "csat", "1", "5", null, "support")
                .row("csat10", "csat", "1", "10", "7", "purchase")
                .row("ces7", "ces", "1", "7", null, "support")
                .table("survey_responses", "response_id", "survey_id", "customer_id", "answered_at", "score")
                .row("n1", "nps", "c1", "2024-06-01T00:00:00+09:00", "10")
                .row("n2", "nps", "c1", "2024-06-02T10:00:00+09:00", "9")
                .row("n3", "nps", "c1", "2024-06-03T10:00:00+09:00", "9")
                .row("n4", "nps", "c2", "2024-06-04T10:00:00+09:00", "8")
                .row("n5", "nps", "c2", "2024-06-05T10:00:00+09:00", "7")
                .row("n6", "nps", "c2", "2024-06-06T10:00:00+09:00", "6")
                .row("n7", "nps", "c2", "2024-06-30T23:59:59+09:00", "0")
                .row("n8", "nps", "c2", "2024-07-01T00:30:00+09:00", "0")
                .row("n9", "nps", "c2", "2024-05-31T23:59:59+09:00", "0")
                .row("a1", "csat5", "c1", "2024-06-10T10:00:00+09:00", "5")
                .row("a2", "csat5", "c1", "2024-06-10T11:00:00+09:00", "4")
                .row("a3", "csat5", "c2", "2024-06-10T12:00:00+09:00", "3")
                .row("a4", "csat5", "c2", "2024-06-10T13:00:00+09:00", "2")
                .row("b1", "csat10", "c1", "2024-06-11T10:00:00+09:00", "7")
                .row("b2", "csat10", "c2", "2024-06-11T11:00:00+09:00", "6")
                .row("b3", "csat10", "c2", "2024-06-11T12:00:00+09:00", "10")
                .row("e1", "ces7", "c1", "2024-06-12T10:00:00+09:00", "7")
                .row("e2", "ces7", "c1", "2024-06-12T11:00:00+09:00", "5")
                .row("e3", "ces7", "c2", "2024-06-12T12:00:00+09:00", "4")
                .writeTo(dir.resolve("surveys"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
    }

    @Test
    void npsCountsJuneResponsesInTheWorkspaceTimeZone() {
        importSurveyCompany();
        MetricResult nps = one("nps", Optional.empty());
        // June: 10 9 9 | 8 7 | 6 0 → 3 promoters, 2 passives, 2 detractors of 7 (n8 is July in Tokyo, n9 May)
        assertThat(nps.denominator()).isEqualByComparingTo("7");
        assertThat(nps.value()).isEqualByComparingTo("14.29"); // 100 × (3 − 2) / 7 = 14.2857…
    }

    @Test
    void csatPoolsSurveysEachWithItsOwnThreshold() {
        importSurveyCompany();
        MetricResult csat = one("csat", Optional.empty());
        // csat5 uses the workspace's 4 on 1–5: 5 4 satisfied of 5 4 3 2; csat10 its own 7: 7 10 of 7 6 10
        assertThat(csat.numerator()).isEqualByComparingTo("4");
        assertThat(csat.denominator()).isEqualByComparingTo("7");
        assertThat(csat.value()).isEqualByComparingTo("57.14"); // 100 × 4 / 7 = 57.142…
        assertThat((BigDecimal) csat.parts().get("touchpoint_purchase_pct")).isEqualByComparingTo("66.67"); // 2 / 3
        assertThat((BigDecimal) csat.parts().get("touchpoint_support_pct")).isEqualByComparingTo("50.00"); // 2 / 4
    }

    @Test
    void cesIsTheMeanOnTheSharedScale() {
        importSurveyCompany();
        MetricResult ces = one("ces", Optional.empty());
        assertThat(ces.value()).isEqualByComparingTo("5.33"); // (7 + 5 + 4) / 3 = 5.333…
        assertThat(ces.unit()).isEqualTo("score");
    }

    @Test
    void surveysBreakDownByRegion() {
        importSurveyCompany();
        List<MetricResult> nps = compute(List.of("nps"), Optional.of("region"));
        // kanto (c1): 10 9 9 → 100 × 3 / 3; kansai (c2): 8 7 6 0 → 100 × (0 − 2) / 4
        assertThat(nps.get(1).segment()).isEqualTo(Segment.of("region", "kansai"));
        assertThat(nps.get(1).value()).isEqualByComparingTo("-50.00");
        assertThat(nps.get(2).segment()).isEqualTo(Segment.of("region", "kanto"));
        assertThat(nps.get(2).value()).isEqualByComparingTo("100.00");
    }

    @Test
    void csatBreaksDownByTouchpointOneResultEach() {
        importSurveyCompany();
        List<MetricResult> csat = compute(List.of("csat"), Optional.of("touchpoint"));
        // whole base 4 of 7 as above; purchase (csat10, threshold 7): 7 10 of 7 6 10 → 100 × 2 / 3;
        // support (csat5, threshold 4): 5 4 of 5 4 3 2 → 100 × 2 / 4
        assertThat(csat)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL, Segment.of("touchpoint", "purchase"), Segment.of("touchpoint", "support"));
        assertThat(csat.get(0).value()).isEqualByComparingTo("57.14");
        assertThat(csat.get(1).value()).isEqualByComparingTo("66.67");
        assertThat(csat.get(2).value()).isEqualByComparingTo("50.00");
    }

    /**
     * Without subscriptions a customer is active on day d after a purchase in the 90 days ending on d. The
     * start is 31 May; 31 May 2024 − 90 days = 2 Mar, so its window is 3 Mar … 31 May, and on 30 Jun it is
     * 2 Apr … 30 Jun.
     */
    @Test
    void withoutSubscriptionsActivityFollowsTheInactivityWindow() {
        Path data = aDataSet()
                .table("customers", "customer_id", "signup_date")
                .row("d1", "2024-01-01")
                .row("d2", "2024-01-01")
                .row("d3", "2024-01-01")
                .row("d4", "2024-01-01")
                .table("orders", "order_id", "customer_id", "ordered_at", "amount")
                .row("o1", "d1", "2024-03-03T12:00:00+09:00", "1000") // first day of the 31 May window
                .row("o2", "d2", "2024-03-02T12:00:00+09:00", "1000") // one day before it
                .row("o3", "d3", "2024-05-20T12:00:00+09:00", "1000")
                .row("o4", "d3", "2024-06-25T12:00:00+09:00", "1000")
                .row("o5", "d4", "2024-05-20T12:00:00+09:00", "-500") // a refund is no purchase
                .writeTo(dir.resolve("orders"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
        MetricResult churn = one("churn_rate", Optional.empty());
        // active on 31 May: d1 (3 Mar) and d3 (20 May) = 2; on 30 Jun only d3 (25 Jun): d1 lost
        assertThat(churn.denominator()).isEqualByComparingTo("2");
        assertThat(churn.value()).isEqualByComparingTo("50.00"); // 100 × 1 / 2
        assertThat(churn.convention()).contains("90 days");
        assertThat(one("mrr", Optional.empty()).value()).isNull();
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            // active on some June day: d1's window (3 Mar + 89 days) ends on 31 May, d2's on 30 May; d3 buys
            // on 20 May and 25 Jun; d4 only refunded: d3 alone
            assertThat(ActivityCounts.of(inputs.activity(JUNE, Optional.empty()))
                            .activeDuring())
                    .isEqualTo(1);
        }
    }

    private MetricResult one(String metric, Optional<String> by) {
        return compute(List.of(metric), by).get(0);
    }

    private List<MetricResult> compute(List<String> metrics, Optional<String> by) {
        return compute(JUNE, metrics, by);
    }

    private List<MetricResult> compute(Period period, List<String> metrics, Optional<String> by) {
        return Scenarios.compute(workspace, period, by, metrics);
    }
}
