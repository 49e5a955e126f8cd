package org.kizuna.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.testkit.CsvDataSet.aDataSet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.Period;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.engagement.EngagementMetrics;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;

/**
 * The engagement and adoption metrics end to end through a real DuckDB workspace, on a small company whose
 * every figure is worked out by hand below. The workspace is in Tokyo; June 2024 is the period unless a test
 * says otherwise.
 */
class EngagementScenariosTest {

    private static final Period JUNE = Period.parse("2024-06");

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void createWorkspace() {
        workspace = Scenarios.tokyoWorkspace(dir.resolve("ws"));
    }

    /**
     * Five customers; active during June by subscription are k1, k2, k3 (covered 1–9 June) and k5, not k4
     * (ended 1 May), who still used the product in June. User ids repeat across customers: k1's u1 and k2's u1
     * are two users.
     * <pre>
     * k1 pro    5 seats  u1: 1 Jun 00:10 (s1, 600 s, reports), 3 Jun (s2, 300 s, dashboards, prompted by email)
     *                    u2: 31 May 23:59 (s0, 60 s: May), 3 Jun (s3, 120 s, dashboards, mobile)
     *                    k1-API: 5 Jun integration sync, no session, api;  u1 1 Jul 00:00 (July)
     * k2 pro    3 seats  u1: 3 Jun (s4, 900 s, reports, prompted by csm), 20 Jun (s5, 240 s, Workflow Runs, mobile)
     *                    u2: 20 May (s10, 30 s: May)
     * k3 basic  no seats u3: 5 Jun (s6, 180 s)
     * k4 basic  2 seats  u4: 7 Jun (s7, 360 s, prompted by notification)
     * k5 basic  4 seats  no events
     * tickets: k1 10 and 11 Jun, k3 12 Jun, k2 30 May; community: k2 15 and 16 Jun, k5 17 Jun;
     * social: k1 18 Jun, an anonymous mention 18 Jun
     * </pre>
     * In June: users k1/u1 (1 and 3 Jun), k1/u2 (3 Jun), k1-API (5 Jun), k2/u1 (3 and 20 Jun), k3/u3 (5 Jun),
     * k4/u4 (7 Jun): 6 users, 8 user-days, 2 on two days; customers k1 (1, 3, 5 Jun), k2 (3, 20 Jun), k3, k4:
     * 4 customers, 7 customer-days.
     */
    private void importUsageCompany() {
        Path data = aDataSet()
                .table("customers", "customer_id", "signup_date", "plan", "seats")
                .row("k1", "2024-01-01", "pro", "5")
                .row("k2", "2024-01-01", "pro", "3")
                .row("k3", "2024-01-01", "basic", null)
                .row("k4", "2024-01-01", "basic", "2")
                .row("k5", "2024-01-01", "basic", "4")
                .table("subscriptions", "subscription_id", "customer_id", "start_date", "end_date", "mrr")
                .row("s1", "k1", "2024-01-01", null, "1000")
                .row("s2", "k2", "2024-01-01", null, "1000")
                .row("s3", "k3", "2024-01-01", "2024-06-10", "1000")
                .row("s4", "k4", "2024-01-01", "2024-05-01", "1000")
                .row("s5", "k5", "2024-01-01", null, "1000")
                .table(
                        "events",
                        "customer_id",
                        "user_id",
                        "occurred_at",
                        "event",
                        "session_id",
                        "duration_seconds",
                        "feature",
                        "prompted_by",
                        "channel")
                .row("k1", "u1", "2024-06-01T00:10:00+09:00", "session_start", "s1", "600", null, null, "web")
                .row("k1", "u1", "2024-06-01T00:15:00+09:00", "report_created", "s1", null, "reports", null, "web")
                .row("k1", "u1", "2024-06-03T10:00:00+09:00", "session_start", "s2", "300", null, "email", "web")
                .row(
                        "k1",
                        "u1",
                        "2024-06-03T10:05:00+09:00",
                        "dashboard_viewed",
                        "s2",
                        null,
                        "dashboards",
                        "email",
                        "web")
                .row("k1", "u2", "2024-06-03T11:00:00+09:00", "session_start", "s3", "120", null, null, "mobile")
                .row(
                        "k1",
                        "u2",
                        "2024-06-03T11:01:00+09:00",
                        "dashboard_viewed",
                        "s3",
                        null,
                        "dashboards",
                        null,
                        "mobile")
                .row(
                        "k1",
                        "k1-API",
                        "2024-06-05T03:00:00+09:00",
                        "integration_synced",
                        null,
                        null,
                        "integrations",
                        null,
                        "api")
                .row("k1", "u2", "2024-05-31T23:59:00+09:00", "session_start", "s0", "60", null, null, "web")
                .row("k1", "u1", "2024-07-01T00:00:00+09:00", "session_start", "s9", "60", null, null, "web")
                .row("k2", "u1", "2024-06-03T09:00:00+09:00", "session_start", "s4", "900", null, "csm", "web")
                .row("k2", "u1", "2024-06-03T09:10:00+09:00", "report_created", "s4", null, "reports", "csm", "web")
                .row("k2", "u1", "2024-06-20T09:00:00+09:00", "session_start", "s5", "240", null, null, "mobile")
                .row(
                        "k2",
                        "u1",
                        "2024-06-20T09:05:00+09:00",
                        "workflow_run",
                        "s5",
                        null,
                        "Workflow Runs",
                        null,
                        "mobile")
                .row("k2", "u2", "2024-05-20T10:00:00+09:00", "session_start", "s10", "30", null, null, "web")
                .row("k3", "u3", "2024-06-05T12:00:00+09:00", "session_start", "s6", "180", null, null, "web")
                .row("k4", "u4", "2024-06-07T12:00:00+09:00", "session_start", "s7", "360", null, "notification", "web")
                .table("tickets", "ticket_id", "customer_id", "opened_at")
                .row("t1", "k1", "2024-06-10T10:00:00+09:00")
                .row("t2", "k1", "2024-06-11T10:00:00+09:00")
                .row("t3", "k3", "2024-06-12T10:00:00+09:00")
                .row("t4", "k2", "2024-05-30T10:00:00+09:00")
                .table("community", "customer_id", "activity", "occurred_at")
                .row("k2", "post", "2024-06-15T10:00:00+09:00")
                .row("k2", "answer", "2024-06-16T10:00:00+09:00")
                .row("k5", "event", "2024-06-17T10:00:00+09:00")
                .table("social", "mention_id", "customer_id", "channel", "posted_at")
                .row("x1", "k1", "twitter", "2024-06-18T10:00:00+09:00")
                .row("x2", null, "twitter", "2024-06-18T11:00:00+09:00")
                .writeTo(dir.resolve("usage"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
    }

    @Test
    void countsDailyAndMonthlyActiveUsersOnTokyoDays() {
        importUsageCompany();
        MetricResult dau = one("dau", JUNE, Optional.empty());
        MetricResult mau = one("mau", JUNE, Optional.empty());
        MetricResult stickiness = one("stickiness", JUNE, Optional.empty());

        // 1 Jun 00:10 +09:00 is June in Tokyo; 31 May 23:59 and 1 Jul 00:00 are not
        assertThat(dau.numerator()).isEqualByComparingTo("8");
        assertThat(dau.denominator()).isEqualByComparingTo("30");
        assertThat(dau.value()).isEqualByComparingTo("0.27"); // 8 / 30 = 0.266…
        assertThat(dau.parts()).containsEntry("customer_days", 7L);
        assertThat(mau.value()).isEqualByComparingTo("6");
        assertThat(mau.parts()).containsEntry("monthly_active_customers", new BigDecimal("4.00"));
        assertThat(stickiness.value()).isEqualByComparingTo("4.44"); // 100 × 8 / (30 × 6) = 4.444…
        // 100 × 7 / (30 × 4) = 5.833…
        assertThat(stickiness.parts()).containsEntry("customer_stickiness_pct", new BigDecimal("5.83"));
    }

    /**
     * W23 is 3–9 June; its "month" is 11 May – 9 June. In the week: k1/u1, k1/u2, k2/u1 (3 Jun), k1-API, k3/u3
     * (5 Jun), k4/u4 (7 Jun): 6 users on 6 user-days. The 30 days add k2/u2 (20 May): 7 users.
     */
    @Test
    void countsAWeeksMonthlyUsersOverTheThirtyDaysEndingOnItsSunday() {
        importUsageCompany();
        Period week = Period.parse("2024-W23");

        assertThat(one("mau", week, Optional.empty()).value()).isEqualByComparingTo("7");
        MetricResult stickiness = one("stickiness", week, Optional.empty());
        assertThat(stickiness.value()).isEqualByComparingTo("12.24"); // 100 × 6 / (7 × 7) = 12.244…
        assertThat(stickiness.denominator()).isEqualByComparingTo("49");
    }

    /**
     * Q2: April has nobody; May has k1/u2 (31 May) and k2/u2 (20 May), 2 users on 2 of 31 days; June as above.
     * The quarter's 7 users include 3 on two days or more: k1/u1, k1/u2 (31 May, 3 Jun) and k2/u1.
     */
    @Test
    void averagesTheQuartersMonths() {
        importUsageCompany();
        Period quarter = Period.parse("2024-Q2");

        assertThat(one("mau", quarter, Optional.empty()).value())
                .isEqualByComparingTo("2.67"); // (0 + 2 + 6) / 3 = 2.666…
        // May 100 × 2 / (31 × 2) = 3.2258…, June 4.444…, April left out: 3.835… → 3.84
        assertThat(one("stickiness", quarter, Optional.empty()).value()).isEqualByComparingTo("3.84");
        assertThat(one("repeat_visitors", quarter, Optional.empty()).value()).isEqualByComparingTo("42.86"); // 3 / 7
    }

    @Test
    void countsRepeatVisitorsOfTheMonth() {
        importUsageCompany();
        MetricResult repeat = one("repeat_visitors", JUNE, Optional.empty());

        assertThat(repeat.numerator()).isEqualByComparingTo("2"); // k1/u1, k2/u1
        assertThat(repeat.denominator()).isEqualByComparingTo("6");
        assertThat(repeat.value()).isEqualByComparingTo("33.33");
    }

    @Test
    void breaksActiveUsersDownByPlanAndByChannel() {
        importUsageCompany();
        List<MetricResult> byPlan = compute(JUNE, List.of("stickiness"), Optional.of("plan"));
        List<MetricResult> byChannel = compute(JUNE, List.of("mau"), Optional.of("channel"));

        assertThat(byPlan)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        // basic: k3/u3, k4/u4 on 1 day each → 100 × 2 / (30 × 2); pro: 4 users on 6 days → 100 × 6 / (30 × 4)
        assertThat(byPlan).extracting(MetricResult::value).containsExactly(d("4.44"), d("3.33"), d("5.00"));
        // api: k1-API; mobile: k1/u2, k2/u1; web: k1/u1, k2/u1, k3/u3, k4/u4; k2/u1 counts once in the whole base
        assertThat(byChannel)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL,
                        Segment.of("channel", "api"),
                        Segment.of("channel", "mobile"),
                        Segment.of("channel", "web"));
        assertThat(byChannel)
                .extracting(MetricResult::value)
                .containsExactly(d("6.00"), d("1.00"), d("2.00"), d("4.00"));
    }

    @Test
    void measuresSessionLengthsWithTheMedian() {
        importUsageCompany();
        List<MetricResult> results = compute(JUNE, List.of("time_on_site"), Optional.of("channel"));

        // June sessions: 600 300 120 900 240 180 360 = 2700 s over 7 = 385.71 s = 6.428… min; median 300 s
        MetricResult all = results.get(0);
        assertThat(all.value()).isEqualByComparingTo("6.43");
        assertThat(all.parts()).containsEntry("median_minutes", d("5.00")).containsEntry("sessions", 7L);
        // the API sync has no duration: mobile 120 240 → 3 min; web 600 300 900 180 360 = 2340 s / 5 = 7.8 min
        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("channel", "mobile"), Segment.of("channel", "web"));
        assertThat(results).extracting(MetricResult::value).containsExactly(d("6.43"), d("3.00"), d("7.80"));
        assertThat(results.get(2).parts()).containsEntry("median_minutes", d("6.00")); // 360 s
    }

    /**
     * Sessions in June: k1 s1 s2 s3 and the API sync (no session id) = 4, 7 events; k2 s4 s5 = 2, 4 events; k3
     * s6; k4 s7: 8 sessions of 13 events. Prompted: s2 (email), s4 (csm), s7 (notification).
     */
    @Test
    void countsSessionsPerActiveCustomerAndWeek() {
        importUsageCompany();
        MetricResult frequency = one("usage_frequency", JUNE, Optional.empty());

        // 8 sessions × 7 / (4 active customers × 30 days) = 0.466…; k4 is not active but its session counts
        assertThat(frequency.value()).isEqualByComparingTo("0.47");
        assertThat(frequency.parts())
                .containsEntry("sessions", 8L)
                .containsEntry("active_customers", 4L)
                .containsEntry("events", 13L)
                .containsEntry("events_per_customer_per_week", d("0.76")); // 13 × 7 / 120 = 0.758…
    }

    @Test
    void sharesSelfInitiatedSessionsAndCustomers() {
        importUsageCompany();
        MetricResult voluntary = one("voluntary_usage", JUNE, Optional.empty());
        List<MetricResult> byChannel = compute(JUNE, List.of("voluntary_usage"), Optional.of("channel"));

        assertThat(voluntary.value()).isEqualByComparingTo("62.50"); // 100 × (8 − 3) / 8
        // k1, k2 and k3 had a self-initiated session; k4 only a prompted one: 100 × 3 / 4
        assertThat(voluntary.parts()).containsEntry("self_initiated_customers_pct", d("75.00"));
        // api: the sync; mobile: s3 s5; web: s1 s2 s4 s6 s7 of which s2 s4 s7 prompted → 100 × 2 / 5
        assertThat(byChannel)
                .extracting(MetricResult::value)
                .containsExactly(d("62.50"), d("100.00"), d("100.00"), d("40.00"));
    }

    /**
     * Features in June: reports (k1, k2), dashboards and integrations (k1), Workflow Runs (k2), over the 4
     * active customers (k1 k2 k3 k5); pro has k1 and k2 active, basic k3 and k5.
     */
    @Test
    void adoptsEachFeatureOverActiveCustomers() {
        importUsageCompany();
        List<MetricResult> results = compute(JUNE, List.of("feature_adoption"), Optional.of("plan"));

        MetricResult all = results.get(0);
        assertThat(all.parts().keySet())
                .containsExactly(
                        "features",
                        "active_customers",
                        "feature_workflow_runs_pct",
                        "feature_dashboards_pct",
                        "feature_integrations_pct",
                        "feature_reports_pct");
        assertThat(all.parts())
                .containsEntry("feature_reports_pct", d("50.00"))
                .containsEntry("feature_workflow_runs_pct", d("25.00"));
        // 100 × (1 + 1 + 1 + 2) / (4 × 4) = 31.25; basic 0 of 2 for every feature; pro 100 × 5 / (2 × 4)
        assertThat(results).extracting(MetricResult::value).containsExactly(d("31.25"), d("0.00"), d("62.50"));
    }

    @Test
    void countsInteractionsOnEachChannel() {
        importUsageCompany();
        MetricResult result = one("engagement_by_channel", JUNE, Optional.empty());

        // 13 events + 1 email session (s2) + 3 tickets + 3 community + 1 attributed mention = 21, over 4 active
        assertThat(result.value()).isEqualByComparingTo("5.25");
        assertThat(result.parts())
                .containsEntry("product_interactions", 13L)
                .containsEntry("product_reach_pct", d("100.00")) // k1 k2 k3 k4 over 4 active
                .containsEntry("email_interactions", 1L)
                .containsEntry("email_reach_pct", d("25.00"))
                .containsEntry("support_interactions", 3L) // t4 is May's
                .containsEntry("support_reach_pct", d("50.00")) // k1 k3
                .containsEntry("community_interactions", 3L)
                .containsEntry("community_reach_pct", d("50.00")) // k2 k5
                .containsEntry("social_interactions", 1L)
                .containsEntry("social_per_customer", d("0.25"));
    }

    /**
     * The 4 active customers ranked (customers with a strictly lower value, out of 3 others):
     * <pre>
     *           k1  k2  k3  k5   ranks
     * sessions   4   2   1   0   3 2 1 0   sum 6, pro 5, basic 1
     * features   3   2   0   0   3 2 0 0   sum 5, pro 5, basic 0
     * social     1   2   0   1   1 3 0 1   sum 5, pro 4, basic 1
     * tickets    2   0   1   0   3 0 2 0   sum 5, pro 3, basic 2
     * </pre>
     * Whole base: 100 × 6 / (3 × 4) = 50 and 100 × 5 / 12 = 41.666… three times: (50 + 125) / 4 = 43.75.
     */
    @Test
    void scoresEngagementAsWeightedPercentileRanks() {
        importUsageCompany();
        List<MetricResult> results = compute(JUNE, List.of("engagement_score"), Optional.of("plan"));

        MetricResult all = results.get(0);
        assertThat(all.value()).isEqualByComparingTo("43.75");
        assertThat(all.parts())
                .containsEntry("customers", 4L)
                .containsEntry("frequency_score", d("50.00"))
                .containsEntry("breadth_score", d("41.67"));
        // basic (k3 k5): 100 × 1 / 6, 0, 100 × 1 / 6, 100 × 2 / 6 → (16.67 + 0 + 16.67 + 33.33) / 4 = 16.666…
        // pro (k1 k2): 100 × 5 / 6, 5 / 6, 4 / 6, 3 / 6 → (83.33 + 83.33 + 66.67 + 50) / 4 = 70.833…
        assertThat(results).extracting(MetricResult::value).containsExactly(d("43.75"), d("16.67"), d("70.83"));
    }

    @Test
    void ranksOnlyTheCustomersTheFilterKeeps() {
        importUsageCompany();
        MetricResult score = Scenarios.compute(
                        workspace,
                        JUNE,
                        Optional.empty(),
                        Map.of("plan", "pro"),
                        MetricCatalog.select(List.of("engagement_score")))
                .get(0);
        // k1 above k2 on sessions, features and tickets, below on social: each component 100 × 1 / (1 × 2)
        assertThat(score.value()).isEqualByComparingTo("50.00");
    }

    @Test
    void sharesLicensedSeatsOfActiveCustomers() {
        importUsageCompany();
        List<MetricResult> results = compute(JUNE, List.of("active_user_share"), Optional.of("plan"));

        // active with seats: k1 (5) with u1 u2 k1-API, k2 (3) with u1, k5 (4) with nobody; k3 has no seats, k4 is
        // not active: 100 × 4 / 12
        assertThat(results.get(0).value()).isEqualByComparingTo("33.33");
        assertThat(results.get(0).parts()).containsEntry("customers_with_seats", 3L);
        // basic: k5, 0 of 4; pro: 4 of 8
        assertThat(results).extracting(MetricResult::value).containsExactly(d("33.33"), d("0.00"), d("50.00"));
    }

    /**
     * Without subscriptions, active during June = a purchase in the 90 days ending on a day of it: p1 (10 Jun),
     * p2 (5 Mar, still covering 1 Jun), not p3 (1 Mar: its window ends 29 May). p3 is the heaviest user but is
     * not ranked. No tickets, community or social: those components are left out.
     */
    @Test
    void judgesActivityByPurchasesWithoutSubscriptions() {
        Path data = aDataSet()
                .table("customers", "customer_id", "signup_date")
                .row("p1", "2024-01-01")
                .row("p2", "2024-01-01")
                .row("p3", "2024-01-01")
                .table("orders", "order_id", "customer_id", "ordered_at", "amount")
                .row("o1", "p1", "2024-06-10T12:00:00+09:00", "1000")
                .row("o2", "p2", "2024-03-05T12:00:00+09:00", "1000")
                .row("o3", "p3", "2024-03-01T12:00:00+09:00", "1000")
                .table("events", "customer_id", "user_id", "occurred_at", "event", "session_id")
                .row("p1", "u1", "2024-06-11T10:00:00+09:00", "session_start", "a")
                .row("p1", "u1", "2024-06-12T10:00:00+09:00", "session_start", "b")
                .row("p2", "u1", "2024-06-11T10:00:00+09:00", "session_start", "c")
                .row("p3", "u1", "2024-06-11T10:00:00+09:00", "session_start", "d")
                .row("p3", "u1", "2024-06-12T10:00:00+09:00", "session_start", "e")
                .row("p3", "u1", "2024-06-13T10:00:00+09:00", "session_start", "f")
                .writeTo(dir.resolve("purchases"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());

        MetricResult score = one("engagement_score", JUNE, Optional.empty());
        MetricResult frequency = one("usage_frequency", JUNE, Optional.empty());

        // the same 2 customers as the shared activity tally counts
        assertThat(score.parts()).containsEntry("customers", 2L);
        assertThat(frequency.parts()).containsEntry("active_customers", 2L);
        // frequency: p2 0, p1 100 → 50; breadth: both tied at no feature → 0; (50 + 0) / 2
        assertThat(score.value()).isEqualByComparingTo("25.00");
        assertThat(score.convention()).contains("left out for lack of any input in the workspace: social, support");
    }

    @Test
    void reportsNoDataWithoutUsageData() {
        Path data = aDataSet()
                .table("customers", "customer_id", "signup_date", "seats")
                .row("k1", "2024-01-01", "5")
                .table("subscriptions", "subscription_id", "customer_id", "start_date", "mrr")
                .row("s1", "k1", "2024-01-01", "1000")
                .writeTo(dir.resolve("bare"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());

        List<MetricResult> results = compute(JUNE, ids(), Optional.of("plan"));

        assertThat(results)
                .allSatisfy(result -> assertThat(result.value())
                        .as(result.metric() + " " + result.segment())
                        .isNull());
    }

    @Test
    void reportsNoDataForAPeriodWithoutActivity() {
        importUsageCompany();
        List<MetricResult> results = compute(Period.parse("2023-06"), ids(), Optional.empty());

        assertThat(results)
                .hasSize(EngagementMetrics.ALL.size())
                .allSatisfy(
                        result -> assertThat(result.value()).as(result.metric()).isNull());
    }

    private static List<String> ids() {
        return EngagementMetrics.ALL.stream()
                .map(metric -> metric.definition().id())
                .toList();
    }

    private MetricResult one(String metric, Period period, Optional<String> by) {
        return compute(period, List.of(metric), by).get(0);
    }

    private List<MetricResult> compute(Period period, List<String> ids, Optional<String> by) {
        return Scenarios.compute(workspace, period, by, ids);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
