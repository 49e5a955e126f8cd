package org.kizuna.store.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;
import org.kizuna.testkit.GoldenData;

/**
 * The customer directory over the golden data set (Tokyo, JPY), as of 30 June 2024: every expected figure is
 * worked out from the rows of the testkit's CSV files, the arithmetic beside it.
 */
class CustomerDirectoryTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2024, 6, 30);

    @TempDir
    static Path dir;

    private static CustomerDirectory directory;

    @BeforeAll
    static void importTheGoldenDataSet() {
        Path data = GoldenData.copyTo(dir.resolve("golden"));
        Workspace workspace =
                Workspace.init(dir.resolve("ws"), WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
        directory = new CustomerDirectory(workspace);
    }

    private static CustomerPage page(String text, String status, Map<String, String> where, int page) {
        return directory.page(new CustomerQuery(
                Optional.ofNullable(text),
                Optional.ofNullable(status).map(CustomerStatus::parse),
                where,
                page,
                JUNE_30));
    }

    private static List<String> ids(CustomerPage page) {
        return page.customers().stream().map(CustomerSummary::id).toList();
    }

    private static CustomerSummary summary(String id) {
        return directory.profile(id, JUNE_30).orElseThrow().summary();
    }

    /**
     * c01: s01 pro ¥30,000 from 2023-10-01, open → MRR 30,000, active. Events in June (30 days ending 30 June):
     * ss10, ss12 (3 June), ss14 (4 June), ss16, ss21 (10 June), ss22 (17 June), ss26 (24 June), two rows each =
     * 14; the latest on 24 June. NPS: n01 10 on 5 April, n09 9 at 2024-05-31T15:30Z = 1 June 00:30 in Tokyo →
     * the latest is 9 on 1 June. No tickets, no onboarding rows.
     */
    @Test
    void c01sKeyFiguresAreWorkedOutFromItsRows() {
        CustomerSummary c01 = summary("c01");
        assertThat(c01.name()).isEqualTo("株式会社あおば商事");
        assertThat(c01.plan()).isEqualTo("pro");
        assertThat(c01.mrr()).isEqualByComparingTo("30000");
        assertThat(c01.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(c01.customerSince()).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(c01.churnedAt()).isNull();
        assertThat(c01.lastActivity()).isEqualTo(LocalDate.of(2024, 6, 24));
        assertThat(c01.eventsLast30Days()).isEqualTo(14);
        assertThat(c01.latestNps()).isEqualByComparingTo("9");
        assertThat(c01.latestNpsOn()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(c01.openTickets()).isZero();
        assertThat(c01.ticketsLast90Days()).isZero();
    }

    /**
     * c12: s12b enterprise ¥100,000 from 1 May, open → MRR 100,000. June events: ss11, ss13 (3 June), ss17 (10
     * June), ss23 (17 June), ss30 (27 June), two rows each = 10 (ss07 at 31 May 23:30 is May's). NPS n15 10 on
     * 25 June. t08 was opened on 30 June at 23:45 and resolved on 1 July: open on 30 June, 1 ticket in 90 days.
     */
    @Test
    void c12HasATicketOpenAtTheEndOfTheDay() {
        CustomerSummary c12 = summary("c12");
        assertThat(c12.mrr()).isEqualByComparingTo("100000");
        assertThat(c12.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(c12.eventsLast30Days()).isEqualTo(10);
        assertThat(c12.lastActivity()).isEqualTo(LocalDate.of(2024, 6, 27));
        assertThat(c12.latestNps()).isEqualByComparingTo("10");
        assertThat(c12.latestNpsOn()).isEqualTo(LocalDate.of(2024, 6, 25));
        assertThat(c12.openTickets()).isEqualTo(1);
        assertThat(c12.ticketsLast90Days()).isEqualTo(1);
    }

    /**
     * c15: churned_at 2024-06-28 while s15 (¥30,000) stays open → churned, MRR 0. Events: ss20 (10 June), ss29
     * (27 June), two rows each = 4. NPS n13 5 on 18 June. t04 opened 10 June, resolved 12 June: none open, 1 in
     * 90 days.
     */
    @Test
    void c15ChurnedInTheCrmSoItsOpenSubscriptionCountsNothing() {
        CustomerSummary c15 = summary("c15");
        assertThat(c15.status()).isEqualTo(CustomerStatus.CHURNED);
        assertThat(c15.mrr()).isEqualByComparingTo("0");
        assertThat(c15.churnedAt()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(c15.eventsLast30Days()).isEqualTo(4);
        assertThat(c15.latestNps()).isEqualByComparingTo("5");
        assertThat(c15.openTickets()).isZero();
        assertThat(c15.ticketsLast90Days()).isEqualTo(1);
    }

    /**
     * c08: s08a starter_annual 8,333.33 covers 30 June → 8,333 once rounded to whole yen. c30: required
     * milestones kickoff (required empty = true, done 2 June), data_import (done 15 June), first_schedule (done
     * 1 July, after the day) → 2 of 3.
     */
    @Test
    void mrrIsRoundedPerCustomerAndOnboardingCountsRequiredMilestonesDoneByTheDay() {
        assertThat(summary("c08").mrr()).isEqualByComparingTo("8333");
        CustomerSummary c30 = summary("c30");
        assertThat(c30.onboardingDone()).isEqualTo(2);
        assertThat(c30.onboardingRequired()).isEqualTo(3);
    }

    /**
     * All 30 customers signed up by 30 June; 22 are active at the end of June (GOLDEN.md), so 8 are churned:
     * c05 c10 c14 c15 c16 c18 c20 c22. Their MRR adds up to the mrr metric of June, 696,666 (expected.csv).
     */
    @Test
    void theStatusesAndMrrAgreeWithTheMetrics() {
        assertThat(page(null, null, Map.of(), 1).total()).isEqualTo(30);
        assertThat(page(null, "active", Map.of(), 1).total()).isEqualTo(22);
        assertThat(ids(page(null, "churned", Map.of(), 1)))
                .containsExactly("c05", "c10", "c14", "c15", "c16", "c18", "c20", "c22");
        BigDecimal sum = BigDecimal.ZERO;
        for (int p = 1; p <= 2; p++) {
            for (CustomerSummary customer : page(null, null, Map.of(), p).customers()) {
                sum = sum.add(customer.mrr());
            }
        }
        assertThat(sum).isEqualByComparingTo("696666");
        // plan = pro and active: c01 c02 c03 c07 c11 c17 c19 c25 c28 c29 (GOLDEN.md), MRR 300,000 (expected.csv)
        CustomerPage pro = page(null, "active", Map.of("plan", "pro"), 1);
        assertThat(ids(pro)).containsExactly("c01", "c02", "c03", "c07", "c11", "c17", "c19", "c25", "c28", "c29");
        assertThat(pro.customers().stream().map(CustomerSummary::mrr).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("300000");
    }

    /** 30 customers, 20 a page, by id: c01–c20, then c21–c30; a page past the end is empty. */
    @Test
    void pagesHoldTwentyCustomersInIdOrder() {
        CustomerPage first = page(null, null, Map.of(), 1);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(ids(first)).hasSize(20).startsWith("c01").endsWith("c20");
        assertThat(ids(page(null, null, Map.of(), 2)))
                .hasSize(10)
                .startsWith("c21")
                .endsWith("c30");
        assertThat(page(null, null, Map.of(), 3).customers()).isEmpty();
        assertThatThrownBy(() -> page(null, null, Map.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * "c1" is in the ids c10–c19 and in c30's referred_by (c12): 11. "KANSAI" is the region of c03 c04 c09 c15
     * c18 c22 c27 c28, whatever the case. "さくら" is in c03's name only.
     */
    @Test
    void searchLooksInIdsNamesAndAttributeValues() {
        assertThat(ids(page("c1", null, Map.of(), 1)))
                .containsExactly("c10", "c11", "c12", "c13", "c14", "c15", "c16", "c17", "c18", "c19", "c30");
        assertThat(ids(page("KANSAI", null, Map.of(), 1)))
                .containsExactly("c03", "c04", "c09", "c15", "c18", "c22", "c27", "c28");
        assertThat(ids(page("さくら", null, Map.of(), 1))).containsExactly("c03");
    }

    @Test
    void hostileSearchTextIsOnlyText() {
        assertThat(page("' OR 1=1 --", null, Map.of(), 1).total()).isZero();
        assertThat(page("<script>alert(1)</script>", null, Map.of(), 1).total()).isZero();
        assertThat(page("%", null, Map.of(), 1).total()).isZero();
        assertThat(page(null, null, Map.of("plan", "pro' OR '1'='1"), 1).total())
                .isZero();
        assertThatThrownBy(() -> page(null, null, Map.of("colour); DROP TABLE customers; --", "x"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown attribute");
        assertThat(page(null, null, Map.of(), 1).total()).isEqualTo(30);
    }

    @Test
    void anUnknownIdHasNoProfile() {
        assertThat(directory.profile("c99", JUNE_30)).isEmpty();
        assertThat(directory.profile("' OR 1=1 --", JUNE_30)).isEmpty();
    }

    /**
     * c03 up to 30 June, newest first: usage weeks of 24 June (ss31, 30 June 23:50: 2 events, u03a), 17 June
     * (ss24: 2, u03b), 3 June (ss15: 2) and 20 May (ss06: 2); community answer 20 June 12:00; course basics 12
     * June 15:00; NPS n11 9 on 12 June 10:00; order o61 upsell ¥30,000 on 10 June 10:00; s03b starting on 10 June
     * the day s03a ends, a change from starter ¥10,000 to pro ¥30,000; orders o36 (15 May) and o15 (15 April);
     * s03a started and signup on 15 January.
     */
    @Test
    void c03sTimelineIsNewestFirst() {
        CustomerProfile c03 = directory.profile("c03", JUNE_30).orElseThrow();
        assertThat(c03.timeline())
                .extracting(e -> e.at() + " " + e.event() + " " + e.title())
                .containsExactly(
                        "2024-06-24 usage_week null",
                        "2024-06-20T12:00:00+09:00 community answer",
                        "2024-06-17 usage_week null",
                        "2024-06-12T15:00:00+09:00 course_completed basics",
                        "2024-06-12T10:00:00+09:00 survey_answered nps",
                        "2024-06-10T10:00:00+09:00 order upsell",
                        "2024-06-10 subscription_changed pro",
                        "2024-06-03 usage_week null",
                        "2024-05-20 usage_week null",
                        "2024-05-15T10:00:00+09:00 order renewal",
                        "2024-04-15T10:00:00+09:00 order renewal",
                        "2024-01-15 subscription_started starter",
                        "2024-01-15 signed_up さくら歯科クリニック");
        TimelineEntry change = c03.timeline().get(6);
        assertThat(change.details()).containsEntry("from_plan", "starter").containsEntry("subscription_id", "s03b");
        assertThat((BigDecimal) change.details().get("from_mrr")).isEqualByComparingTo("10000");
        assertThat((BigDecimal) change.details().get("mrr")).isEqualByComparingTo("30000");
        assertThat(c03.timeline().get(4).details()).containsEntry("score", new BigDecimal("9"));
        // Weeks from 20 May to the week of 30 June (Monday 24 June): 2, 0, 2, 0, 2, 2 events.
        assertThat(c03.usage())
                .extracting(w -> w.week() + "=" + w.events())
                .containsExactly(
                        "2024-05-20=2", "2024-05-27=0", "2024-06-03=2", "2024-06-10=0", "2024-06-17=2", "2024-06-24=2");
    }

    /**
     * c17: s17a ends 15 May and nothing starts that day → an end; s17b starts 20 June → a new start. c08's
     * s08b starts 1 July, the day s08a ends, with the same plan and MRR: a renewal, shown from 1 July on.
     * c15's comment is kept as written.
     */
    @Test
    void subscriptionRowsBecomeStartsEndsChangesAndRenewals() {
        assertThat(directory.profile("c17", JUNE_30).orElseThrow().timeline())
                .filteredOn(e -> e.kind().equals("subscription"))
                .extracting(e -> e.at() + " " + e.event())
                .containsExactly(
                        "2024-06-20 subscription_started",
                        "2024-05-15 subscription_ended",
                        "2024-02-15 subscription_started");
        assertThat(directory.profile("c08", JUNE_30).orElseThrow().timeline())
                .extracting(TimelineEntry::event)
                .doesNotContain("subscription_renewed");
        assertThat(directory
                        .profile("c08", LocalDate.of(2024, 7, 1))
                        .orElseThrow()
                        .timeline())
                .first()
                .satisfies(e -> assertThat(e.at() + " " + e.event()).isEqualTo("2024-07-01 subscription_renewed"));
        assertThat(directory.profile("c15", JUNE_30).orElseThrow().timeline())
                .filteredOn(
                        e -> e.event().equals("survey_answered") && e.title().equals("nps"))
                .singleElement()
                .satisfies(e -> assertThat(e.details())
                        .containsEntry("comment", "Too expensive for us, and the reports are hard to read"));
    }
}
