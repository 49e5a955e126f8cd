package org.kizuna.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.testkit.CsvDataSet.aDataSet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.MetricConventions;
import org.kizuna.domain.MetricConventions.ChurnDenominator;
import org.kizuna.domain.Period;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.retention.ChurnRate;
import org.kizuna.metrics.retention.ChurnSaves;
import org.kizuna.metrics.retention.RepurchaseRate;
import org.kizuna.metrics.retention.RetentionMetrics;
import org.kizuna.metrics.retention.RevenueChurn;
import org.kizuna.metrics.retention.Tenure;
import org.kizuna.metrics.voice.CustomerAdvocacyIndex;
import org.kizuna.metrics.voice.CustomerScores;
import org.kizuna.metrics.voice.EmotionalLoyalty;
import org.kizuna.metrics.voice.FeedbackRate;
import org.kizuna.metrics.voice.VoiceMetrics;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;
import org.kizuna.testkit.CsvDataSet;

/**
 * The voice-of-the-customer and retention metrics computed end to end through a real DuckDB workspace, on
 * small companies whose every figure is worked out by hand below. June 2024 is the period throughout; the
 * workspace is in Tokyo, so June runs from 1 Jun 00:00 +09:00 to 1 Jul 00:00 +09:00. The period's start is
 * the state on 31 May, the day before its first day.
 */
class VoiceAndRetentionScenariosTest {

    private static final Period JUNE = Period.parse("2024-06");

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void createWorkspace() {
        workspace = Scenarios.tokyoWorkspace(dir.resolve("ws"));
    }

    /**
     * Nine customers with subscriptions (end_date is the first day no longer covered):
     * <pre>
     * k1 pro     kanto   1000 from 1 Jan, 1200 from 15 Jun      active 31 May and 30 Jun; expansion 200
     * k2 pro     kansai   800 1 Jan .. 20 Jun                   active 31 May, lost; churned 800
     * k3 starter kanto    500 1 Mar .. 10 Jun, 400 from then     active both days; contraction 100
     * k4 starter kansai   300 from 1 Feb, churned_at 5 Jun       active 31 May, lost; churned 300
     * k5 starter kanto    600 from 10 Jun, signed up 10 Jun      acquired, active 30 Jun; new 600
     * k6 pro     kansai   200 2023-06-01 .. 1 Jan, 250 from 15 Jun  not active 31 May; reactivation 250
     * k7 starter kanto    100 3 Jun .. 25 Jun, signed up 3 Jun   acquired and lost within June
     * k8 starter kansai   150 from 20 Jun, signed up 20 Jun      acquired, active 30 Jun; new 150
     * k9 pro     kansai    90 2023-01-01 .. 2024-01-01           long gone
     * </pre>
     * Active on 31 May: k1 k2 k3 k4; on 30 Jun: k1 k3 k5 k6 k8; during June: k1 … k8, not k9.
     */
    private static CsvDataSet subscriptionCompany() {
        return aDataSet()
                .table("customers", "customer_id", "signup_date", "plan", "region", "churned_at")
                .row("k1", "2024-01-01", "pro", "kanto", null)
                .row("k2", "2024-01-01", "pro", "kansai", null)
                .row("k3", "2024-03-01", "starter", "kanto", null)
                .row("k4", "2024-02-01", "starter", "kansai", "2024-06-05")
                .row("k5", "2024-06-10", "starter", "kanto", null)
                .row("k6", "2023-06-01", "pro", "kansai", null)
                .row("k7", "2024-06-03", "starter", "kanto", null)
                .row("k8", "2024-06-20", "starter", "kansai", null)
                .row("k9", "2023-01-01", "pro", "kansai", null)
                .table("subscriptions", "subscription_id", "customer_id", "start_date", "end_date", "mrr")
                .row("s1a", "k1", "2024-01-01", "2024-06-15", "1000")
                .row("s1b", "k1", "2024-06-15", null, "1200")
                .row("s2", "k2", "2024-01-01", "2024-06-20", "800")
                .row("s3a", "k3", "2024-03-01", "2024-06-10", "500")
                .row("s3b", "k3", "2024-06-10", null, "400")
                .row("s4", "k4", "2024-02-01", null, "300")
                .row("s5", "k5", "2024-06-10", null, "600")
                .row("s6a", "k6", "2023-06-01", "2024-01-01", "200")
                .row("s6b", "k6", "2024-06-15", null, "250")
                .row("s7", "k7", "2024-06-03", "2024-06-25", "100")
                .row("s8", "k8", "2024-06-20", null, "150")
                .row("s9", "k9", "2023-01-01", "2024-01-01", "90");
    }

    /**
     * Surveys around June's edges: r3 at the first instant and r10 at the last second are in June; r12 (31 May
     * 23:59:59) and r13 (1 Jul 00:30, still 30 Jun in UTC) are not. Normalised: r1 trust 4 on 1–5 → 75, r2 csat
     * 5 → 100, r3 nps 9 → 90, r4 nps 3 → 30, r5 recommend 6 on 0–10 → 60, r6 nps 8 → 80, r7 trust 2 → 25, r8
     * r9 emotional 4 and 5 on 1–5 → 75 and 100, r10 emotional 4 on 1–7 → 50. Two customers not active in June
     * answer a custom survey: k9, long gone, and k10, whose subscription runs on but whose churned_at is 20 May.
     * Thirteen invitations are sent in June, one in May.
     */
    private static CsvDataSet withSurveys(CsvDataSet company) {
        return company.table("customers")
                .row("k10", "2024-01-01", "pro", "kanto", "2024-05-20")
                .table("subscriptions")
                .row("s10", "k10", "2024-01-01", null, "70")
                .table("surveys", "survey_id", "type", "scale_min", "scale_max", "touchpoint")
                .row("trust5", "trust", "1", "5", null)
                .row("csat5", "csat", "1", "5", "support")
                .row("rec10", "recommend", "0", "10", null)
                .row("nps", "nps", "0", "10", null)
                .row("emo5", "emotional", "1", "5", "onboarding")
                .row("emo7", "emotional", "1", "7", "support")
                .row("pulse", "custom", "1", "5", null)
                .table("survey_responses", "response_id", "survey_id", "customer_id", "answered_at", "score")
                .row("r1", "trust5", "k1", "2024-06-05T10:00:00+09:00", "4")
                .row("r2", "csat5", "k1", "2024-06-05T11:00:00+09:00", "5")
                .row("r3", "nps", "k1", "2024-06-01T00:00:00+09:00", "9")
                .row("r4", "nps", "k2", "2024-06-02T10:00:00+09:00", "3")
                .row("r5", "rec10", "k3", "2024-06-12T10:00:00+09:00", "6")
                .row("r6", "nps", "k3", "2024-06-12T11:00:00+09:00", "8")
                .row("r7", "trust5", "k3", "2024-06-12T12:00:00+09:00", "2")
                .row("r8", "emo5", "k6", "2024-06-20T10:00:00+09:00", "4")
                .row("r9", "emo5", "k6", "2024-06-21T10:00:00+09:00", "5")
                .row("r10", "emo7", "k5", "2024-06-30T23:59:59+09:00", "4")
                .row("r11", "pulse", "k9", "2024-06-15T10:00:00+09:00", "3")
                .row("r14", "pulse", "k10", "2024-06-15T10:00:00+09:00", "4")
                .row("r12", "trust5", "k4", "2024-05-31T23:59:59+09:00", "1")
                .row("r13", "nps", "k1", "2024-07-01T00:30:00+09:00", "0")
                .table("survey_invitations", "invitation_id", "survey_id", "customer_id", "sent_at")
                .row("i1", "trust5", "k1", "2024-06-01T09:00:00+09:00")
                .row("i2", "nps", "k2", "2024-06-01T09:00:00+09:00")
                .row("i3", "rec10", "k3", "2024-06-01T09:00:00+09:00")
                .row("i4", "trust5", "k4", "2024-06-01T09:00:00+09:00")
                .row("i5", "emo7", "k5", "2024-06-11T09:00:00+09:00")
                .row("i6", "emo5", "k6", "2024-06-16T09:00:00+09:00")
                .row("i7", "nps", "k7", "2024-06-04T09:00:00+09:00")
                .row("i8", "nps", "k8", "2024-06-21T09:00:00+09:00")
                .row("i9", "pulse", "k9", "2024-06-01T09:00:00+09:00")
                .row("i10", "csat5", "k1", "2024-06-01T09:00:00+09:00")
                .row("i11", "trust5", "k3", "2024-06-01T09:00:00+09:00")
                .row("i12", "emo5", "k6", "2024-06-17T09:00:00+09:00")
                .row("i13", "nps", "k1", "2024-05-31T23:00:00+09:00")
                .row("i14", "pulse", "k10", "2024-06-01T09:00:00+09:00");
    }

    @Test
    void feedbackRateCountsActiveRespondentsAndTheResponseRateCountsEveryResponse() {
        importData(withSurveys(subscriptionCompany()));
        MetricResult feedback = wholeBase(new FeedbackRate());
        // respondents in June active during it: k1 k2 k3 k5 k6 (k9 and k10 answered but were not active) of
        // k1 … k8
        assertThat(feedback.numerator()).isEqualByComparingTo("5");
        assertThat(feedback.denominator()).isEqualByComparingTo("8");
        assertThat(feedback.value()).isEqualByComparingTo("62.50"); // 100 × 5 / 8
        assertThat(feedback.parts())
                .containsEntry("responses", 12L) // r1 … r11 and r14
                .containsEntry("invitations", 13L) // i1 … i12 and i14
                .containsEntry("response_rate_pct", new BigDecimal("92.31")) // 100 × 12 / 13 = 92.307…
                .containsEntry("respondents", 5L)
                .containsEntry("active_customers", 8L);
    }

    @Test
    void feedbackRateBreaksDownByRegion() {
        importData(withSurveys(subscriptionCompany()));
        List<MetricResult> feedback = compute(List.of(new FeedbackRate()), Optional.of("region"));
        assertThat(feedback)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("region", "kansai"), Segment.of("region", "kanto"));
        // kansai: k2 k4 k6 k8 active, k2 k6 answered → 100 × 2 / 4; kanto: k1 k3 k5 k7 (not k10), k1 k3 k5
        // → 100 × 3 / 4
        assertThat(feedback.get(1).value()).isEqualByComparingTo("50.00");
        assertThat(feedback.get(2).value()).isEqualByComparingTo("75.00");
    }

    @Test
    void advocacyIndexAveragesEachCustomersComponentsThenCustomers() {
        importData(withSurveys(subscriptionCompany()));
        MetricResult cai = wholeBase(new CustomerAdvocacyIndex());
        // k1: (trust 75 + satisfaction 100 + recommend 90) / 3 = 88.333…; k2: recommend 30;
        // k3: (trust 25 + recommend (60 + 80) / 2 = 70) / 2 = 47.5; (88.333… + 30 + 47.5) / 3 = 55.277… → 55.28
        assertThat(cai.value()).isEqualByComparingTo("55.28");
        assertThat(cai.parts())
                .containsEntry("customers", 3L)
                .containsEntry("trust", new BigDecimal("50.00")) // (75 + 25) / 2
                .containsEntry("satisfaction", new BigDecimal("100.00")) // k1 alone
                .containsEntry("recommend", new BigDecimal("63.33")); // (90 + 30 + 70) / 3
        List<MetricResult> byRegion = compute(List.of(new CustomerAdvocacyIndex()), Optional.of("region"));
        // kansai: k2 alone → 30; kanto: k1 and k3 → (88.333… + 47.5) / 2 = 67.916… → 67.92
        assertThat(byRegion.get(1).value()).isEqualByComparingTo("30.00");
        assertThat(byRegion.get(2).value()).isEqualByComparingTo("67.92");
    }

    /**
     * k7 and k8 answer the NPS question with 3 in June, as k2 did: the three are one answer profile. The index
     * still counts each: k1 88.333…, k2 k7 k8 30 each, k3 47.5; (88.333… + 3 × 30 + 47.5) / 5 = 45.166… → 45.17;
     * recommend (90 + 3 × 30 + 70) / 5 = 50. By region, kansai k2 and k8 → 30; kanto k1, k3 and k7 → (88.333… +
     * 47.5 + 30) / 3 = 55.277… → 55.28.
     */
    @Test
    void customersWhoAnsweredAlikeShareOneProfileAndEachCounts() {
        importData(withSurveys(subscriptionCompany())
                .table("survey_responses")
                .row("r15", "nps", "k7", "2024-06-10T10:00:00+09:00", "3")
                .row("r16", "nps", "k8", "2024-06-25T10:00:00+09:00", "3"));

        List<CustomerScores> rows;
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            rows = inputs.voice().customerScores(JUNE, Optional.empty(), List.of("trust", "csat", "recommend", "nps"));
        }
        // k1: trust, csat, nps; k3: recommend, nps, trust; k2, k7 and k8: one nps row for the three.
        assertThat(rows).hasSize(7);
        assertThat(rows).filteredOn(row -> row.customers() == 3).singleElement().satisfies(row -> {
            assertThat(row.surveyType()).isEqualTo("nps");
            assertThat(row.scoreSum()).isEqualByComparingTo("3");
            assertThat(row.responses()).isEqualTo(1);
        });
        assertThat(rows).filteredOn(row -> row.customers() == 1).hasSize(6);

        MetricResult cai = wholeBase(new CustomerAdvocacyIndex());
        assertThat(cai.value()).isEqualByComparingTo("45.17");
        assertThat(cai.parts())
                .containsEntry("customers", 5L)
                .containsEntry("trust", new BigDecimal("50.00"))
                .containsEntry("recommend", new BigDecimal("50.00"));
        List<MetricResult> byRegion = compute(List.of(new CustomerAdvocacyIndex()), Optional.of("region"));
        assertThat(byRegion.get(1).value()).isEqualByComparingTo("30.00");
        assertThat(byRegion.get(2).value()).isEqualByComparingTo("55.28");
    }

    @Test
    void emotionalLoyaltyNormalisesEachScaleAndBreaksDownByTouchpoint() {
        importData(withSurveys(subscriptionCompany()));
        MetricResult loyalty = wholeBase(new EmotionalLoyalty());
        assertThat(loyalty.value()).isEqualByComparingTo("75.00"); // (75 + 100 + 50) / 3
        assertThat(loyalty.parts()).containsEntry("responses", 3L);
        List<MetricResult> byTouchpoint = compute(List.of(new EmotionalLoyalty()), Optional.of("touchpoint"));
        assertThat(byTouchpoint)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL, Segment.of("touchpoint", "onboarding"), Segment.of("touchpoint", "support"));
        assertThat(byTouchpoint.get(1).value()).isEqualByComparingTo("87.50"); // (75 + 100) / 2
        assertThat(byTouchpoint.get(2).value()).isEqualByComparingTo("50.00"); // 4 on 1–7
    }

    @Test
    void churnRateFollowsTheWorkspacesDenominatorConvention() {
        importData(subscriptionCompany());
        // start: k2 and k4 lost of k1 k2 k3 k4 → 100 × 2 / 4
        MetricResult start = wholeBase(new ChurnRate());
        assertThat(start.value()).isEqualByComparingTo("50.00");
        assertThat(start.convention()).contains("denominator = start");
        // start plus acquired: k5 k7 k8 join the base, k7 (gone 25 Jun) the lost → 100 × 3 / 7 = 42.857…
        WorkspaceSettings plusAcquired = workspace
                .settings()
                .withConventions(
                        MetricConventions.defaults().withChurnDenominator(ChurnDenominator.START_PLUS_ACQUIRED));
        List<MetricResult> churn = compute(plusAcquired, List.of(new ChurnRate()), Optional.of("plan"));
        assertThat(churn.get(0).numerator()).isEqualByComparingTo("3");
        assertThat(churn.get(0).denominator()).isEqualByComparingTo("7");
        assertThat(churn.get(0).value()).isEqualByComparingTo("42.86");
        assertThat(churn.get(0).convention()).contains("denominator = start_plus_acquired");
        // pro: k1 k2 at the start, k2 lost, nobody acquired → 100 × 1 / 2;
        // starter: k3 k4 plus k5 k7 k8, k4 and k7 lost → 100 × 2 / 5
        assertThat(churn.get(1).segment()).isEqualTo(Segment.of("plan", "pro"));
        assertThat(churn.get(1).value()).isEqualByComparingTo("50.00");
        assertThat(churn.get(2).value()).isEqualByComparingTo("40.00");
    }

    @Test
    void revenueChurnDividesLostMrrByTheMrrOnTheDayBefore() {
        importData(subscriptionCompany());
        MetricResult churn = wholeBase(new RevenueChurn());
        // MRR on 31 May: k1 1000 + k2 800 + k3 500 + k4 300 = 2600; churned k2 800 + k4 300, contraction k3 100
        assertThat(churn.numerator()).isEqualByComparingTo("1200");
        assertThat(churn.denominator()).isEqualByComparingTo("2600");
        assertThat(churn.value()).isEqualByComparingTo("46.15"); // 100 × 1200 / 2600 = 46.153…
        assertThat(churn.parts())
                .containsEntry("mrr_start", new BigDecimal("2600"))
                .containsEntry("churned", new BigDecimal("1100"))
                .containsEntry("contraction", new BigDecimal("100"))
                .containsEntry("expansion", new BigDecimal("200")) // k1 1200 − 1000
                .containsEntry("reactivation", new BigDecimal("250")) // k6
                // net 100 × (1200 − 200 − 250) / 2600 = 28.846… → 28.85; NRR 100 − 28.846… = 71.153… → 71.15
                .containsEntry("net_pct", new BigDecimal("28.85"))
                .containsEntry("nrr_pct", new BigDecimal("71.15"));
        List<MetricResult> byPlan = compute(List.of(new RevenueChurn()), Optional.of("plan"));
        // pro: 800 churned of 1000 + 800 = 1800 → 44.444…; starter: 300 + 100 of 500 + 300 = 800 → 50
        assertThat(byPlan.get(1).value()).isEqualByComparingTo("44.44");
        assertThat(byPlan.get(1).parts()).containsEntry("net_pct", new BigDecimal("19.44")); // (800 − 450) / 1800
        assertThat(byPlan.get(2).value()).isEqualByComparingTo("50.00");
    }

    /**
     * Lives in days up to 30 Jun, from the first subscription's start to the first day no longer active or
     * through 30 Jun: k1 1 Jan → 1 Jul 182, k2 1 Jan → 20 Jun 171, k3 1 Mar → 1 Jul 122, k4 1 Feb → churned_at
     * 5 Jun 125, k5 10 Jun → 1 Jul 21, k6 2023-06-01 → 1 Jul 396 (its gap inside its life), k7 3 Jun → 25 Jun 22,
     * k8 20 Jun → 1 Jul 11, k9 2023-01-01 → 2024-01-01 365.
     */
    @Test
    void tenureMeasuresEachLifeFromTheFirstSubscriptionToChurnOrThePeriodsEnd() {
        importData(subscriptionCompany());
        MetricResult tenure = wholeBase(new Tenure());
        // mean 1415 / 9 = 157.22… days / 30.4375 = 5.165… → 5.17
        assertThat(tenure.value()).isEqualByComparingTo("5.17");
        assertThat(tenure.parts())
                // sorted 11 21 22 122 125 171 182 365 396: median 125 / 30.4375 = 4.106… → 4.11
                .containsEntry("median_months", new BigDecimal("4.11"))
                .containsEntry("customers", 9L)
                .containsEntry("still_active", 5L) // k1 k3 k5 k6 k8
                .containsEntry("churned", 4L); // k2 k4 k7 k9
        List<MetricResult> byPlan = compute(List.of(new Tenure()), Optional.of("plan"));
        // pro: 182 171 396 365 → 1114 / 4 = 278.5 / 30.4375 = 9.149… ; median (182 + 365) / 2 = 273.5 → 8.985…
        assertThat(byPlan.get(1).value()).isEqualByComparingTo("9.15");
        assertThat(byPlan.get(1).parts()).containsEntry("median_months", new BigDecimal("8.99"));
        // starter: 122 125 21 22 11 → 301 / 5 = 60.2 / 30.4375 = 1.977…; median 22 / 30.4375 = 0.722…
        assertThat(byPlan.get(2).value()).isEqualByComparingTo("1.98");
        assertThat(byPlan.get(2).parts()).containsEntry("median_months", new BigDecimal("0.72"));
    }

    /**
     * Orders: k1 two in June and one in April; k2 one in June and a refund; k3 one in June and one in May; k5
     * one at 23:30 on 30 Jun and one just after midnight into July; k4 one at 23:59:59 on 31 May.
     */
    @Test
    void repurchaseRateCountsBuyersWithTwoPositiveOrdersInThePeriod() {
        importData(subscriptionCompany()
                .table("orders", "order_id", "customer_id", "ordered_at", "amount")
                .row("o1", "k1", "2024-06-03T10:00:00+09:00", "100")
                .row("o2", "k1", "2024-06-20T10:00:00+09:00", "100")
                .row("o3", "k1", "2024-04-01T10:00:00+09:00", "100")
                .row("o4", "k2", "2024-06-10T10:00:00+09:00", "100")
                .row("o5", "k2", "2024-06-11T10:00:00+09:00", "-100")
                .row("o6", "k3", "2024-06-15T10:00:00+09:00", "100")
                .row("o7", "k3", "2024-05-15T10:00:00+09:00", "100")
                .row("o8", "k5", "2024-06-30T23:30:00+09:00", "100")
                .row("o9", "k5", "2024-07-01T00:10:00+09:00", "100")
                .row("o10", "k4", "2024-05-31T23:59:59+09:00", "100"));
        MetricResult repurchase = wholeBase(new RepurchaseRate());
        // buyers in June: k1 k2 k3 k5; twice: k1 alone → 100 × 1 / 4; bought before June too: k1 k3 → 100 × 2 / 4
        assertThat(repurchase.value()).isEqualByComparingTo("25.00");
        assertThat(repurchase.parts())
                .containsEntry("returning_buyer_pct", new BigDecimal("50.00"))
                .containsEntry("buyers", 4L)
                .containsEntry("repeat_buyers", 1L)
                .containsEntry("returning_buyers", 2L);
        List<MetricResult> byPlan = compute(List.of(new RepurchaseRate()), Optional.of("plan"));
        // pro: k1 k2 → 100 × 1 / 2; starter: k3 k5 → 0
        assertThat(byPlan.get(1).value()).isEqualByComparingTo("50.00");
        assertThat(byPlan.get(2).value()).isEqualByComparingTo("0.00");
    }

    /**
     * Signals of the customers active on 31 May (k1 k2 k3 k4), looked for from 3 Mar (1 Jun − 90 days) and, for
     * usage, from 2 May (1 Jun − 30 days), both until 1 Jun: k2 answered NPS 5 on 10 Apr; k1's NPS 3 came at
     * 23:59:59 on 2 Mar, a second too early; k3's ticket opened at 00:00 on 3 Mar is marked reopened; k1's
     * ticket is not reopened and k4's reopened one opened in June; k1 k2 k3 used the product after 2 May 00:00,
     * k4 last at 23:59:59 on 1 May.
     */
    private static CsvDataSet withRiskSignals(CsvDataSet company) {
        return company.table("surveys", "survey_id", "type", "scale_min", "scale_max")
                .row("nps", "nps", "0", "10")
                .table("survey_responses", "response_id", "survey_id", "customer_id", "answered_at", "score")
                .row("n1", "nps", "k2", "2024-04-10T10:00:00+09:00", "5")
                .row("n2", "nps", "k1", "2024-03-02T23:59:59+09:00", "3")
                .table("tickets", "ticket_id", "customer_id", "opened_at", "reopened")
                .row("t1", "k3", "2024-03-03T00:00:00+09:00", "true")
                .row("t2", "k1", "2024-05-10T10:00:00+09:00", "false")
                .row("t3", "k4", "2024-06-02T10:00:00+09:00", "true");
    }

    private static CsvDataSet withUsage(CsvDataSet company) {
        return company.table("events", "customer_id", "user_id", "occurred_at", "event")
                .row("k1", "u1", "2024-05-20T10:00:00+09:00", "session_start")
                .row("k2", "u2", "2024-05-25T10:00:00+09:00", "session_start")
                .row("k3", "u3", "2024-05-02T00:00:00+09:00", "session_start")
                .row("k4", "u4", "2024-05-01T23:59:59+09:00", "session_start");
    }

    @Test
    void churnSavesFlagsCustomersAtTheStartByRuleAndRanksTheReasons() {
        importData(withUsage(withRiskSignals(subscriptionCompany())));
        MetricResult saves = wholeBase(new ChurnSaves());
        // at risk: k2 (detractor), k3 (reopened ticket), k4 (no usage); on 30 Jun only k3 is active → 100 × 1 / 3
        assertThat(saves.numerator()).isEqualByComparingTo("1");
        assertThat(saves.denominator()).isEqualByComparingTo("3");
        assertThat(saves.value()).isEqualByComparingTo("33.33");
        assertThat(saves.parts())
                .containsEntry("detractor_at_risk", 1L)
                .containsEntry("detractor_saved_pct", new BigDecimal("0.00"))
                .containsEntry("reopened_ticket_at_risk", 1L)
                .containsEntry("reopened_ticket_saved_pct", new BigDecimal("100.00"))
                .containsEntry("inactive_usage_at_risk", 1L)
                .containsEntry("inactive_usage_saved_pct", new BigDecimal("0.00"));
        List<MetricResult> byPlan = compute(List.of(new ChurnSaves()), Optional.of("plan"));
        // pro: k2 at risk and lost → 0; starter: k3 saved, k4 lost → 100 × 1 / 2
        assertThat(byPlan.get(1).value()).isEqualByComparingTo("0.00");
        assertThat(byPlan.get(2).value()).isEqualByComparingTo("50.00");
    }

    @Test
    void churnSavesIgnoresUsageInAWorkspaceWithoutProductEvents() {
        importData(withRiskSignals(subscriptionCompany()));
        MetricResult saves = wholeBase(new ChurnSaves());
        // at risk: k2 and k3 only; k3 saved → 100 × 1 / 2
        assertThat(saves.value()).isEqualByComparingTo("50.00");
        assertThat(saves.parts()).containsEntry("inactive_usage_at_risk", 0L);
        assertThat(saves.convention()).contains("no product events");
    }

    /**
     * Without subscriptions a customer is active on day d after a purchase in the 90 days ending on d: on
     * 30 Jun after one from 2 Apr, on 31 May after one from 3 Mar, on some day of June after one from 4 Mar.
     * <pre>
     * p1 buys 15 Jan and 20 May                    still active; life 15 Jan → 1 Jul = 168 days
     * p2 buys 1 Feb and 1 Mar                      gone 30 May (1 Mar + 90); life 119 days
     * p3 buys 10 Jun                               still active; life 21 days
     * p4 buys 1 Apr, churned_at 1 May              gone 1 May; life 30 days
     * p5 only a refund, p6 only a July order       no life by 30 Jun
     * </pre>
     */
    private static CsvDataSet purchaseCompany() {
        return aDataSet()
                .table("customers", "customer_id", "signup_date", "churned_at")
                .row("p1", "2024-01-01", null)
                .row("p2", "2024-01-01", null)
                .row("p3", "2024-01-01", null)
                .row("p4", "2024-01-01", "2024-05-01")
                .row("p5", "2024-01-01", null)
                .row("p6", "2024-01-01", null)
                .table("orders", "order_id", "customer_id", "ordered_at", "amount")
                .row("o1", "p1", "2024-01-15T10:00:00+09:00", "100")
                .row("o2", "p1", "2024-05-20T10:00:00+09:00", "100")
                .row("o3", "p2", "2024-02-01T10:00:00+09:00", "100")
                .row("o4", "p2", "2024-03-01T10:00:00+09:00", "100")
                .row("o5", "p3", "2024-06-10T10:00:00+09:00", "100")
                .row("o6", "p4", "2024-04-01T10:00:00+09:00", "100")
                .row("o7", "p5", "2024-03-01T10:00:00+09:00", "-50")
                .row("o8", "p6", "2024-07-05T10:00:00+09:00", "100");
    }

    @Test
    void withoutSubscriptionsLivesRunFromTheFirstPurchaseToTheEndOfTheInactivityWindow() {
        importData(purchaseCompany());
        MetricResult tenure = wholeBase(new Tenure());
        // 21 30 119 168: mean 338 / 4 = 84.5 days / 30.4375 = 2.776… → 2.78; median (30 + 119) / 2 = 74.5 → 2.447…
        assertThat(tenure.value()).isEqualByComparingTo("2.78");
        assertThat(tenure.parts())
                .containsEntry("median_months", new BigDecimal("2.45"))
                .containsEntry("customers", 4L)
                .containsEntry("still_active", 2L);
        assertThat(tenure.convention()).contains("90-day inactivity window");
    }

    @Test
    void withoutSubscriptionsFeedbackAndChurnSavesJudgeActivityByPurchases() {
        importData(purchaseCompany()
                .table("surveys", "survey_id", "type", "scale_min", "scale_max")
                .row("nps", "nps", "0", "10")
                .table("survey_responses", "response_id", "survey_id", "customer_id", "answered_at", "score")
                .row("n1", "nps", "p1", "2024-05-01T10:00:00+09:00", "2")
                .row("n2", "nps", "p2", "2024-06-05T10:00:00+09:00", "9")
                .row("n3", "nps", "p3", "2024-06-15T10:00:00+09:00", "10"));
        // active during June: p1 (20 May) and p3 (10 Jun); p2's last purchase (1 Mar) is too old, p4 churned;
        // of the June respondents p2 and p3, only p3 was active → 100 × 1 / 2
        MetricResult feedback = wholeBase(new FeedbackRate());
        assertThat(feedback.value()).isEqualByComparingTo("50.00");
        assertThat(feedback.parts()).containsEntry("responses", 2L).containsEntry("active_customers", 2L);
        // active on 31 May: p1 alone (p4 churned 1 May); its NPS 2 on 1 May flags it; active on 30 Jun → 100 × 1 / 1
        MetricResult saves = wholeBase(new ChurnSaves());
        assertThat(saves.denominator()).isEqualByComparingTo("1");
        assertThat(saves.value()).isEqualByComparingTo("100.00");
    }

    @Test
    void withCustomersOnlyTenureRunsFromSignupAndEveryOtherMetricHasNoData() {
        importData(aDataSet()
                .table("customers", "customer_id", "signup_date", "churned_at")
                .row("c1", "2024-01-01", null)
                .row("c2", "2024-03-01", "2024-06-10")
                .row("c3", "2024-07-01", null));
        List<MetricResult> results = compute(all(), Optional.empty());
        // c1 1 Jan → 1 Jul 182 days, c2 1 Mar → 10 Jun 101 days, c3 signed up after June:
        // (182 + 101) / 2 = 141.5 days / 30.4375 = 4.648… → 4.65
        MetricResult tenure = results.stream()
                .filter(result -> result.metric().equals("tenure"))
                .findFirst()
                .orElseThrow();
        assertThat(tenure.value()).isEqualByComparingTo("4.65");
        assertThat(tenure.convention()).contains("signup_date");
        assertThat(results)
                .filteredOn(result -> !result.metric().equals("tenure"))
                .extracting(MetricResult::metric)
                .containsExactly(
                        "feedback_rate", "cai", "emotional_loyalty", "revenue_churn", "repurchase_rate", "churn_saves");
        assertThat(results)
                .filteredOn(result -> !result.metric().equals("tenure"))
                .allSatisfy(result -> assertThat(result.value()).isNull());
    }

    @Test
    void anEmptyWorkspaceHasNoDataForEveryMetricAndEveryBreakdown() {
        assertThat(compute(all(), Optional.empty()))
                .allSatisfy(result -> assertThat(result.value()).isNull());
        assertThat(compute(all(), Optional.of("region"))).allSatisfy(result -> {
            assertThat(result.segment()).isEqualTo(Segment.ALL);
            assertThat(result.value()).isNull();
        });
    }

    private static List<Metric> all() {
        List<Metric> metrics = new ArrayList<>(VoiceMetrics.ALL);
        metrics.addAll(RetentionMetrics.ALL);
        return metrics;
    }

    private void importData(CsvDataSet data) {
        new Importer(workspace).importFrom(data.writeTo(dir.resolve("data")), ImportOptions.defaults());
    }

    private MetricResult wholeBase(Metric metric) {
        return compute(List.of(metric), Optional.empty()).get(0);
    }

    private List<MetricResult> compute(List<Metric> metrics, Optional<String> by) {
        return compute(workspace.settings(), metrics, by);
    }

    private List<MetricResult> compute(WorkspaceSettings settings, List<Metric> metrics, Optional<String> by) {
        return Scenarios.compute(workspace, settings, JUNE, by, Map.of(), metrics);
    }
}
