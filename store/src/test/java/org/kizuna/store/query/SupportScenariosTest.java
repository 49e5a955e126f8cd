package org.kizuna.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.testkit.CsvDataSet.aDataSet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.Period;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.support.SupportMetrics;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;

/**
 * The support, onboarding and education metrics end to end through a real DuckDB workspace, on a small
 * company whose every figure is worked out by hand below. June 2024 is the period throughout; the workspace is
 * in Tokyo (UTC+9), so June runs from 2024-05-31T15:00Z to 2024-06-30T15:00Z, with the Japanese defaults:
 * first reply within 4 hours, resolution within 24 hours, onboarding within 30 days.
 */
class SupportScenariosTest {

    private static final Period JUNE = Period.parse("2024-06");

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void createWorkspace() {
        workspace = Scenarios.tokyoWorkspace(dir.resolve("ws"));
    }

    /**
     * Seven customers; active during June (a subscription covering a June day, churned_at not before it):
     * <pre>
     * c1 pro      signup Jan, subscribed since Jan                 active
     * c2 pro      signup Jan, subscription ended 1 Mar             not active
     * c3 starter  signup 1 Jun, subscribed from 1 Jun              active, acquired
     * c4 starter  signup 10 Jun, subscribed from 10 Jun            active, acquired
     * c5 starter  signup 20 Jun, subscribed from 20 Jun            active, acquired
     * c6 pro      signup 5 Jun, subscribed from 5 Jun              active, acquired
     * c7 starter  signup Jan, subscribed since Jan, churned 15 May  not active
     * </pre>
     * Tickets (times in Tokyo unless written in UTC):
     * <pre>
     * t1 c1 email 3 Jun 10:00  reply +1 h    resolved +24 h  agent
     * t2 c1 chat  5 Jun 09:00  reply +4 h    resolved +12 h  self_service
     * t3 c3 email 10 Jun 09:00 reply +6.5 h  resolved +48 h  agent, reopened
     * t4 c4 chat  30 Jun 23:59 (14:59Z)      reply +0.5 h    not resolved
     * t5 c6 email 1 Jun 08:00 (31 May 23:00Z) no reply        not resolved
     * t6 c1 chat  1 Jul 00:30 (30 Jun 15:30Z) reply +1 h      — July in Tokyo
     * t7 c2 email 31 May 23:00 (14:00Z)      reply +1 h       — May
     * t8 c2 phone 15 Jun 10:00 reply +2 h    resolved +2 h   self_service
     * </pre>
     * June's tickets: t1 t2 t3 t4 t5 t8.
     */
    private void importCompany() {
        Path data = aDataSet()
                .table("customers", "customer_id", "signup_date", "plan", "churned_at")
                .row("c1", "2024-01-01", "pro", null)
                .row("c2", "2024-01-01", "pro", null)
                .row("c3", "2024-06-01", "starter", null)
                .row("c4", "2024-06-10", "starter", null)
                .row("c5", "2024-06-20", "starter", null)
                .row("c6", "2024-06-05", "pro", null)
                .row("c7", "2024-01-01", "starter", "2024-05-15")
                .table("subscriptions", "subscription_id", "customer_id", "start_date", "end_date", "mrr")
                .row("s1", "c1", "2024-01-01", null, "1000")
                .row("s2", "c2", "2024-01-01", "2024-03-01", "1000")
                .row("s3", "c3", "2024-06-01", null, "500")
                .row("s4", "c4", "2024-06-10", null, "500")
                .row("s5", "c5", "2024-06-20", null, "500")
                .row("s6", "c6", "2024-06-05", null, "1000")
                .row("s7", "c7", "2024-01-01", null, "500")
                .table(
                        "tickets",
                        "ticket_id",
                        "customer_id",
                        "opened_at",
                        "first_response_at",
                        "resolved_at",
                        "reopened",
                        "channel",
                        "resolution")
                .row(
                        "t1",
                        "c1",
                        "2024-06-03T10:00:00+09:00",
                        "2024-06-03T11:00:00+09:00",
                        "2024-06-04T10:00:00+09:00",
                        "false",
                        "email",
                        "agent")
                .row(
                        "t2",
                        "c1",
                        "2024-06-05T09:00:00+09:00",
                        "2024-06-05T13:00:00+09:00",
                        "2024-06-05T21:00:00+09:00",
                        null,
                        "chat",
                        "self_service")
                .row(
                        "t3",
                        "c3",
                        "2024-06-10T09:00:00+09:00",
                        "2024-06-10T15:30:00+09:00",
                        "2024-06-12T09:00:00+09:00",
                        "true",
                        "email",
                        "agent")
                .row("t4", "c4", "2024-06-30T14:59:00Z", "2024-06-30T15:29:00Z", null, null, "chat", null)
                .row("t5", "c6", "2024-05-31T23:00:00Z", null, null, null, "email", null)
                .row("t6", "c1", "2024-06-30T15:30:00Z", "2024-06-30T16:30:00Z", null, null, "chat", null)
                .row("t7", "c2", "2024-05-31T14:00:00Z", "2024-05-31T15:00:00Z", null, null, "email", null)
                .row(
                        "t8",
                        "c2",
                        "2024-06-15T10:00:00+09:00",
                        "2024-06-15T12:00:00+09:00",
                        "2024-06-15T12:00:00+09:00",
                        "false",
                        "phone",
                        "self_service")
                .writeTo(dir.resolve("company"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
    }

    /**
     * Onboarding of the customers acquired in June (signup + 30 days is the deadline, in Tokyo calendar days):
     * <pre>
     * c3 signup 1 Jun   setup (required by default) 5 Jun; training 1 Jul 01:00 (30 Jun 16:00Z)  → day 30, on time
     *                   tour (optional) not done
     * c4 signup 10 Jun  setup 11 Jun; training 11 Jul 01:00 (10 Jul 16:00Z) → day 31, late (UTC would say 30)
     * c5 signup 20 Jun  setup 21 Jun; training not done                         → not completed
     * c6 signup 5 Jun   tour (optional) 6 Jun only                              → no required milestone
     * c1 signup Jan     setup 2 Jan                                             → not acquired in June
     * </pre>
     */
    private void importOnboarding() {
        Path data = aDataSet()
                .table("onboarding", "customer_id", "milestone", "required", "completed_at")
                .row("c3", "setup", null, "2024-06-05T10:00:00+09:00")
                .row("c3", "training", "true", "2024-06-30T16:00:00Z")
                .row("c3", "tour", "false", null)
                .row("c4", "setup", "true", "2024-06-11T10:00:00+09:00")
                .row("c4", "training", "true", "2024-07-10T16:00:00Z")
                .row("c5", "setup", "true", "2024-06-21T10:00:00+09:00")
                .row("c5", "training", "true", null)
                .row("c6", "tour", "false", "2024-06-06T10:00:00+09:00")
                .row("c1", "setup", "true", "2024-01-02T10:00:00+09:00")
                .writeTo(dir.resolve("onboarding"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
    }

    /**
     * Completions, counted when on or before 30 June in Tokyo:
     * <pre>
     * c1 basics (course) 1 Mar by u1 and by u2; admin (certification) 30 Jun 23:00 (14:00Z)
     * c3 reports (course) 20 Jun; basics (no kind: a course) 25 Jun
     * c4 basics (course) 1 Jul 00:30 (30 Jun 15:30Z): July in Tokyo
     * c2 admin (certification) 1 Feb, c7 basics (course) 1 Feb: not active in June
     * </pre>
     */
    private void importEducation() {
        Path data = aDataSet()
                .table("education", "customer_id", "user_id", "course", "kind", "completed_at")
                .row("c1", "u1", "basics", "course", "2024-03-01T10:00:00+09:00")
                .row("c1", "u2", "basics", "course", "2024-03-01T11:00:00+09:00")
                .row("c1", "u1", "admin", "certification", "2024-06-30T14:00:00Z")
                .row("c3", "u3", "reports", "course", "2024-06-20T10:00:00+09:00")
                .row("c3", "u3", "basics", null, "2024-06-25T10:00:00+09:00")
                .row("c4", "u4", "basics", "course", "2024-06-30T15:30:00Z")
                .row("c2", "u5", "admin", "certification", "2024-02-01T10:00:00+09:00")
                .row("c7", "u6", "basics", "course", "2024-02-01T10:00:00+09:00")
                .writeTo(dir.resolve("education"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
    }

    @Test
    void firstResponseTimeIsTheMedianOverAnsweredJuneTickets() {
        importCompany();
        MetricResult result = one("first_response_time", Optional.empty());
        // replies t1 1, t2 4, t3 6.5, t4 0.5, t8 2 h → sorted 0.5 1 2 4 6.5; t5 has none
        assertThat(result.value()).isEqualByComparingTo("2.00");
        assertThat(result.parts())
                .containsEntry("mean_hours", new BigDecimal("2.80")) // 14 / 5
                .containsEntry("p90_hours", new BigDecimal("5.50")) // rank 3.6: 4 + 0.6 × 2.5
                .containsEntry("within_target_pct", new BigDecimal("80.00")) // 0.5 1 2 4 at or below 4 h: 4 / 5
                .containsEntry("tickets", 5L)
                .containsEntry("unanswered", 1L);
        assertThat(result.unit()).isEqualTo("hours");
    }

    @Test
    void resolutionTimeIsTheMedianOverResolvedJuneTickets() {
        importCompany();
        MetricResult result = one("resolution_time", Optional.empty());
        // resolved t1 24, t2 12, t3 48, t8 2 h → sorted 2 12 24 48: median (12 + 24) / 2
        assertThat(result.value()).isEqualByComparingTo("18.00");
        assertThat(result.parts())
                .containsEntry("mean_hours", new BigDecimal("21.50")) // 86 / 4
                .containsEntry("p90_hours", new BigDecimal("40.80")) // rank 2.7: 24 + 0.7 × 24
                .containsEntry("within_target_pct", new BigDecimal("75.00")) // 2 12 24 at or below 24 h: 3 / 4
                .containsEntry("tickets", 4L)
                .containsEntry("unresolved", 2L); // t4 t5
    }

    @Test
    void problemResolutionRateCountsResolvedTicketsNeverReopened() {
        importCompany();
        MetricResult result = one("problem_resolution_rate", Optional.empty());
        // opened 6; resolved t1 t2 t3 t8, t3 reopened → solved t1 t2 t8 = 3
        assertThat(result.numerator()).isEqualByComparingTo("3");
        assertThat(result.denominator()).isEqualByComparingTo("6");
        assertThat(result.value()).isEqualByComparingTo("50.00");
        // self-service t2 t8 of 4 resolved
        assertThat(result.parts())
                .containsEntry("self_service_pct", new BigDecimal("50.00"))
                .containsEntry("reopened", 1L);
    }

    @Test
    void aTicketOpenedJustBeforeLocalMidnightAtThePeriodsEndBelongsToThePeriod() {
        importCompany();
        // June in Tokyo: t4 (23:59 on 30 Jun) and t5 (08:00 on 1 Jun, still May in UTC) are in; t6 (00:30 on
        // 1 Jul, still June in UTC) and t7 (23:00 on 31 May) are not: t1 t2 t3 t4 t5 t8
        assertThat(one("problem_resolution_rate", Optional.empty()).parts()).containsEntry("opened", 6L);
        // July holds t6 alone
        MetricResult july = compute(Period.parse("2024-07"), "problem_resolution_rate", Optional.empty())
                .get(0);
        assertThat(july.parts()).containsEntry("opened", 1L);
    }

    @Test
    void ticketMetricsBreakDownByTheTicketsChannel() {
        importCompany();
        List<MetricResult> replies = compute(JUNE, "first_response_time", Optional.of("channel"));
        assertThat(replies)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL,
                        Segment.of("channel", "chat"),
                        Segment.of("channel", "email"),
                        Segment.of("channel", "phone"));
        assertThat(replies)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("2.00"),
                        new BigDecimal("2.25"), // chat t2 4, t4 0.5 → (0.5 + 4) / 2
                        new BigDecimal("3.75"), // email t1 1, t3 6.5 → (1 + 6.5) / 2; t5 unanswered
                        new BigDecimal("2.00")); // phone t8
        assertThat(replies.get(2).parts()).containsEntry("unanswered", 1L);

        List<MetricResult> solved = compute(JUNE, "problem_resolution_rate", Optional.of("channel"));
        assertThat(solved)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("50.00"),
                        new BigDecimal("50.00"), // chat: t2 solved, t4 open
                        new BigDecimal("33.33"), // email: t1 solved, t3 reopened, t5 open
                        new BigDecimal("100.00")); // phone: t8
    }

    @Test
    void supportRequestFrequencyDividesJuneTicketsByActiveCustomers() {
        importCompany();
        MetricResult result = one("support_request_frequency", Optional.empty());
        // 6 tickets (t8 from c2, who is not active, still counts) / 5 active (c1 c3 c4 c5 c6) / 1 month
        assertThat(result.value()).isEqualByComparingTo("1.20");
        assertThat(result.numerator()).isEqualByComparingTo("6");
        assertThat(result.denominator()).isEqualByComparingTo("5");

        List<MetricResult> byPlan = compute(JUNE, "support_request_frequency", Optional.of("plan"));
        assertThat(byPlan)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "pro"), Segment.of("plan", "starter"));
        assertThat(byPlan)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("1.20"),
                        new BigDecimal("2.00"), // pro: t1 t2 t5 t8 / c1 c6
                        new BigDecimal("0.67")); // starter: t3 t4 / c3 c4 c5 = 0.666…
    }

    @Test
    void onboardingJudgesDeadlinesOnTokyoCalendarDays() {
        importCompany();
        importOnboarding();
        MetricResult result = one("onboarding_success_rate", Optional.empty());
        // started c3 c4 c5 c6; c6 has no required milestone; of c3 c4 c5 only c3 on time → 1 / 3
        assertThat(result.value()).isEqualByComparingTo("33.33");
        assertThat(result.numerator()).isEqualByComparingTo("1");
        assertThat(result.denominator()).isEqualByComparingTo("3");
        assertThat(result.parts())
                .containsEntry("median_days_to_complete", new BigDecimal("30.50")) // c3 30, c4 31
                .containsEntry("started", 4L)
                .containsEntry("succeeded", 1L)
                .containsEntry("completed_late", 1L)
                .containsEntry("not_completed", 1L)
                .containsEntry("without_required_milestones", 1L);

        List<MetricResult> byPlan = compute(JUNE, "onboarding_success_rate", Optional.of("plan"));
        assertThat(byPlan)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "pro"), Segment.of("plan", "starter"));
        // pro: c6 alone, without a required milestone → no data; starter: c3 c4 c5 → 1 / 3
        assertThat(byPlan.get(1).value()).isNull();
        assertThat(byPlan.get(2).value()).isEqualByComparingTo("33.33");
    }

    @Test
    void educationCountsActiveCustomersWhoLearntByThePeriodsLastDay() {
        importCompany();
        importEducation();
        MetricResult result = one("education_level", Optional.empty());
        // active c1 c3 c4 c5 c6; educated by 30 Jun: c1, c3 (c4's course is 1 Jul in Tokyo) → 2 / 5
        assertThat(result.value()).isEqualByComparingTo("40.00");
        assertThat(result.parts())
                .containsEntry("certification_pct", new BigDecimal("20.00")) // c1 / 5
                .containsEntry("courses_per_customer", new BigDecimal("0.60")) // c1 basics once + c3 two = 3 / 5
                .containsEntry("educated_customers", 2L)
                .containsEntry("certified_customers", 1L);

        // July: the same five are active, and c4's course now counts → 3 / 5
        MetricResult july = compute(Period.parse("2024-07"), "education_level", Optional.empty())
                .get(0);
        assertThat(july.value()).isEqualByComparingTo("60.00");

        List<MetricResult> byPlan = compute(JUNE, "education_level", Optional.of("plan"));
        assertThat(byPlan)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("40.00"),
                        new BigDecimal("50.00"), // pro: c1 of c1 c6
                        new BigDecimal("33.33")); // starter: c3 of c3 c4 c5
    }

    /**
     * Without subscriptions a customer is active during June after a purchase in the 90 days ending on a June
     * day: 1 Jun − 90 days = 3 Mar, so 1 Jun's window is 4 Mar … 1 Jun.
     */
    @Test
    void educationFollowsPurchaseActivityWithoutSubscriptions() {
        Path data = aDataSet()
                .table("customers", "customer_id", "signup_date")
                .row("d1", "2024-01-01")
                .row("d2", "2024-01-01")
                .row("d3", "2024-01-01")
                .table("orders", "order_id", "customer_id", "ordered_at", "amount")
                .row("o1", "d1", "2024-03-04T12:00:00+09:00", "1000") // first day of 1 Jun's window
                .row("o2", "d2", "2024-03-03T12:00:00+09:00", "1000") // one day before it
                .row("o3", "d3", "2024-06-25T12:00:00+09:00", "1000")
                .table("education", "customer_id", "course", "completed_at")
                .row("d1", "basics", "2024-01-10T10:00:00+09:00")
                .row("d2", "basics", "2024-01-10T10:00:00+09:00")
                .writeTo(dir.resolve("orders"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
        MetricResult result = one("education_level", Optional.empty());
        // active during June: d1, d3; educated d1 → 1 / 2
        assertThat(result.value()).isEqualByComparingTo("50.00");
        assertThat(result.convention()).contains("90 days");
    }

    @Test
    void everyMetricHasNoDataWithoutSupportOnboardingOrEducationRows() {
        Path data = aDataSet()
                .table("customers", "customer_id", "signup_date")
                .row("c1", "2024-06-01")
                .table("subscriptions", "subscription_id", "customer_id", "start_date", "mrr")
                .row("s1", "c1", "2024-06-01", "1000")
                .writeTo(dir.resolve("bare"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            List<MetricResult> results = new MetricsEngine()
                    .compute(
                            new MetricRequest(JUNE, Optional.empty(), workspace.settings()),
                            SupportMetrics.ALL,
                            inputs);
            assertThat(results).hasSize(6).allSatisfy(r -> assertThat(r.value()).isNull());
        }
    }

    private MetricResult one(String metric, Optional<String> by) {
        return compute(JUNE, metric, by).get(0);
    }

    private List<MetricResult> compute(Period period, String id, Optional<String> by) {
        return Scenarios.compute(workspace, period, by, List.of(id));
    }
}
