package org.kizuna.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.advocacy.AdvocacyMetrics;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;
import org.kizuna.testkit.CsvDataSet;

/**
 * The advocacy, community, social and loyalty metrics end to end through a real DuckDB workspace, on a small
 * company whose every figure is worked out by hand below. June 2024 is the period; the workspace is in Tokyo
 * (JPY), so 1 Jun 00:00 +09:00 is in June and 1 Jul 00:30 +09:00 is not.
 */
class AdvocacyScenariosTest {

    private static final Period JUNE = Period.parse("2024-06");

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void createWorkspace() {
        workspace = Scenarios.tokyoWorkspace(dir.resolve("ws"));
    }

    /**
     * Seven customers, by subscription (end_date exclusive):
     * <pre>
     * a1 Akira  pro       from Jan                      active during June
     * a2 Beni   pro       from Jan                      active
     * a3 Chika  starter   from Jan                      active
     * a4 Daiki  starter   Jan .. 1 May                  not active during June
     * a5 Emi    starter   from 10 Jun, referred by a1   active
     * a6 Fumi   pro       from Mar, referred by a2,     active (churned_at 20 Jun, after 1 Jun)
     * a7 Gen    (no plan) from Jan                      active
     * </pre>
     * Active during June: a1 a2 a3 a5 a6 a7 = 6 (pro 3: a1 a2 a6; starter 2: a3 a5; no plan 1: a7).
     *
     * <p>June referrals: r1 a1 (p1, converted to a5, link, at 1 Jun 00:00), r2 a1 (p2, email), r3 a2 (p3,
     * link), r5 a3 (no prospect: an invitation, link), r6 a4 (p6, no channel); r4 (a2, 31 May 23:59:59) and
     * r7 (a1, 1 Jul 00:30) are outside June. Referrals naming a prospect: r1 r2 r3 r6 = 4.
     *
     * <p>June community: a1 post, answer, like; a7 share; a4 post (a2's event is in May).
     *
     * <p>June mentions: m1 a1 x (10 likes, 2 shares, 1 comment), m2 a1 x (5, 0, 0), m3 nobody x (3, 1, -),
     * m4 a2 LinkedIn (7, 0, 2); m5 (a3, note) is posted on 1 Jul.
     *
     * <p>Loyalty: enrolled a1 (Feb), a2 (30 Jun 23:00), a4 (Mar), a3 only on 1 Jul; June points: a1 earns
     * 100, redeems −40 and 10 expire, a3 earns 50, a5 earns 20 (a2's 30 are earned in May).
     *
     * <p>June orders: a1 1000, a5 500, a6 300 and a refund of −100 (a2's orders are in May and July).
     */
    private void importAdvocacyCompany() {
        Path data = aDataSet()
                .table("customers", "customer_id", "name", "signup_date", "plan", "referred_by", "churned_at")
                .row("a1", "Akira", "2024-01-01", "pro", null, null)
                .row("a2", "Beni", "2024-01-01", "pro", null, null)
                .row("a3", "Chika", "2024-01-01", "starter", null, null)
                .row("a4", "Daiki", "2024-01-01", "starter", null, null)
                .row("a5", "Emi", "2024-06-10", "starter", "a1", null)
                .row("a6", "Fumi", "2024-03-01", "pro", "a2", "2024-06-20")
                .row("a7", "Gen", "2024-01-01", null, null, null)
                .table("subscriptions", "subscription_id", "customer_id", "start_date", "end_date", "mrr")
                .row("s1", "a1", "2024-01-01", null, "1000")
                .row("s2", "a2", "2024-01-01", null, "1000")
                .row("s3", "a3", "2024-01-01", null, "500")
                .row("s4", "a4", "2024-01-01", "2024-05-01", "500")
                .row("s5", "a5", "2024-06-10", null, "500")
                .row("s6", "a6", "2024-03-01", null, "1000")
                .row("s7", "a7", "2024-01-01", null, "300")
                .table(
                        "referrals",
                        "referral_id",
                        "referrer_customer_id",
                        "referred_at",
                        "prospect_id",
                        "converted_customer_id",
                        "converted_at",
                        "channel")
                .row("r1", "a1", "2024-06-01T00:00:00+09:00", "p1", "a5", "2024-06-10T10:00:00+09:00", "link")
                .row("r2", "a1", "2024-06-15T10:00:00+09:00", "p2", null, null, "email")
                .row("r3", "a2", "2024-06-20T10:00:00+09:00", "p3", null, null, "link")
                .row("r4", "a2", "2024-05-31T23:59:59+09:00", "p4", null, null, "link")
                .row("r5", "a3", "2024-06-05T10:00:00+09:00", null, null, null, "link")
                .row("r6", "a4", "2024-06-07T10:00:00+09:00", "p6", null, null, null)
                .row("r7", "a1", "2024-07-01T00:30:00+09:00", "p7", null, null, "email")
                .table("community", "customer_id", "user_id", "activity", "occurred_at")
                .row("a1", "u1", "post", "2024-06-03T10:00:00+09:00")
                .row("a1", "u1", "answer", "2024-06-04T10:00:00+09:00")
                .row("a1", "u2", "like", "2024-06-04T11:00:00+09:00")
                .row("a7", "u9", "share", "2024-06-12T10:00:00+09:00")
                .row("a4", "u4", "post", "2024-06-13T10:00:00+09:00")
                .row("a2", "u2", "event", "2024-05-20T10:00:00+09:00")
                .table("social", "mention_id", "customer_id", "channel", "posted_at", "likes", "shares", "comments")
                .row("m1", "a1", "x", "2024-06-02T10:00:00+09:00", "10", "2", "1")
                .row("m2", "a1", "x", "2024-06-03T10:00:00+09:00", "5", "0", "0")
                .row("m3", null, "x", "2024-06-04T10:00:00+09:00", "3", "1", null)
                .row("m4", "a2", "LinkedIn", "2024-06-05T10:00:00+09:00", "7", "0", "2")
                .row("m5", "a3", "note", "2024-07-01T00:00:00+09:00", "1", "1", "1")
                .table("loyalty", "customer_id", "occurred_at", "type", "points")
                .row("a1", "2024-02-01T10:00:00+09:00", "enroll", null)
                .row("a1", "2024-06-05T10:00:00+09:00", "earn", "100")
                .row("a1", "2024-06-25T10:00:00+09:00", "redeem", "-40")
                .row("a1", "2024-06-28T10:00:00+09:00", "expire", "10")
                .row("a2", "2024-06-30T23:00:00+09:00", "enroll", null)
                .row("a2", "2024-05-10T10:00:00+09:00", "earn", "30")
                .row("a3", "2024-07-01T00:10:00+09:00", "enroll", null)
                .row("a3", "2024-06-10T10:00:00+09:00", "earn", "50")
                .row("a4", "2024-03-01T10:00:00+09:00", "enroll", null)
                .row("a5", "2024-06-15T10:00:00+09:00", "earn", "20")
                .table("orders", "order_id", "customer_id", "ordered_at", "amount")
                .row("o1", "a1", "2024-06-05T10:00:00+09:00", "1000")
                .row("o2", "a5", "2024-06-12T10:00:00+09:00", "500")
                .row("o3", "a6", "2024-06-15T10:00:00+09:00", "300")
                .row("o4", "a6", "2024-06-18T10:00:00+09:00", "-100")
                .row("o5", "a2", "2024-05-30T10:00:00+09:00", "999")
                .row("o6", "a2", "2024-07-01T00:00:00+09:00", "800")
                .writeTo(dir.resolve("advocacy"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
    }

    @Test
    void referralRateCountsActiveCustomersReferringAProspect() {
        importAdvocacyCompany();
        MetricResult rate = one("referral_rate", Optional.empty());
        // a1 and a2 referred a prospect; a3 only invited, a4 was not active → 100 × 2 / 6 = 33.333…
        assertThat(rate.value()).isEqualByComparingTo("33.33");
        assertThat(rate.numerator()).isEqualByComparingTo("2");
        assertThat(rate.denominator()).isEqualByComparingTo("6");
        assertThat(rate.parts()).containsEntry("referrals", 4L); // r1 r2 r3 r6
    }

    @Test
    void referralRateBreaksDownByTheReferrersPlan() {
        importAdvocacyCompany();
        List<MetricResult> rates = compute("referral_rate", Optional.of("plan"));
        assertThat(rates)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL,
                        Segment.of("plan", "pro"),
                        Segment.of("plan", "starter"),
                        Segment.of("plan", null));
        assertThat(rates)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("33.33"),
                        new BigDecimal("66.67"), // a1 a2 of a1 a2 a6 = 66.666…
                        new BigDecimal("0.00"), // nobody of a3 a5 (a4's r6 counts, a4 not active)
                        new BigDecimal("0.00")); // a7 referred nobody
        assertThat(rates)
                .extracting(result -> result.parts().get("referrals"))
                .containsExactly(4L, 3L, 1L, 0L); // pro r1 r2 r3, starter r6
    }

    @Test
    void referralConversionRateCountsReferralsOfThePeriodByChannel() {
        importAdvocacyCompany();
        // r1 converted of r1 r2 r3 r6 → 100 × 1 / 4
        assertThat(one("referral_conversion_rate", Optional.empty()).value()).isEqualByComparingTo("25.00");
        List<MetricResult> byChannel = compute("referral_conversion_rate", Optional.of("channel"));
        assertThat(byChannel)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL,
                        Segment.of("channel", "email"),
                        Segment.of("channel", "link"),
                        Segment.of("channel", null));
        assertThat(byChannel)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("25.00"),
                        new BigDecimal("0.00"), // r2
                        new BigDecimal("50.00"), // r1 of r1 r3 (r5 names no prospect)
                        new BigDecimal("0.00")); // r6
    }

    @Test
    void advocacyConversionRateCountsAdvocatesWithAConvertedReferral() {
        importAdvocacyCompany();
        MetricResult rate = one("advocacy_conversion_rate", Optional.empty());
        // advocates a1 a2 a4; a1's r1 converted → 100 × 1 / 3
        assertThat(rate.value()).isEqualByComparingTo("33.33");
        assertThat(rate.denominator()).isEqualByComparingTo("3");
    }

    @Test
    void advocacyRevenueSumsTheOrdersOfReferredCustomers() {
        importAdvocacyCompany();
        MetricResult revenue = one("advocacy_revenue", Optional.empty());
        // referred a5 500, a6 300 − 100 = 700 of 1000 + 500 + 300 − 100 = 1700 → 41.176…
        assertThat(revenue.value()).isEqualByComparingTo("700");
        assertThat(revenue.unit()).isEqualTo("JPY");
        assertThat((BigDecimal) revenue.parts().get("total_revenue")).isEqualByComparingTo("1700");
        assertThat((BigDecimal) revenue.parts().get("share_pct")).isEqualByComparingTo("41.18");
        assertThat(revenue.parts()).containsEntry("referred_customers_buying", 2L);
        List<MetricResult> byReferred = compute("advocacy_revenue", Optional.of("referred"));
        assertThat(byReferred)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("referred", "no"), Segment.of("referred", "yes"));
        assertThat(byReferred.get(1).value()).isEqualByComparingTo("0"); // a1's 1000 is not referred
        assertThat(byReferred.get(2).value()).isEqualByComparingTo("700");
        assertThat((BigDecimal) byReferred.get(2).parts().get("share_pct")).isEqualByComparingTo("100.00");
    }

    @Test
    void topAdvocatesRanksReferralsThenConvertedThenCommunityThenSocial() {
        importAdvocacyCompany();
        MetricResult top = one("top_advocates", Optional.empty());
        // a1: 2 referrals, 1 converted, 3 community, 2 mentions; a4: 1, 0, 1, 0; a2: 1, 0, 0, 1; a7: 0, 0, 1, 0
        // (a3 only invited, its mention is July's); a4 before a2 on community activity
        assertThat(top.value()).isEqualByComparingTo("4");
        assertThat(top.parts())
                .containsEntry("rank_1_customer_id", "a1")
                .containsEntry("rank_1_name", "Akira")
                .containsEntry("rank_1_referrals", 2L)
                .containsEntry("rank_1_converted", 1L)
                .containsEntry("rank_1_community", 3L)
                .containsEntry("rank_1_social", 2L)
                .containsEntry("rank_2_customer_id", "a4")
                .containsEntry("rank_3_customer_id", "a2")
                .containsEntry("rank_3_social", 1L)
                .containsEntry("rank_4_customer_id", "a7")
                .containsEntry("rank_5_customer_id", null);
        List<MetricResult> byPlan = compute("top_advocates", Optional.of("plan"));
        // pro: a1 a2; starter: a4; no plan: a7
        assertThat(byPlan).extracting(MetricResult::value).containsExactly(d("4"), d("2"), d("1"), d("1"));
        assertThat(byPlan.get(1).parts())
                .containsEntry("rank_1_customer_id", "a1")
                .containsEntry("rank_2_customer_id", "a2")
                .containsEntry("rank_3_customer_id", null);
    }

    /**
     * Twelve basic customers t01 … t12 with 13 − n community posts each in June, and one pro customer with
     * 20: the store hands over at most ten per plan, which still rank the whole base.
     */
    @Test
    void topAdvocatesListsTheTopTenOfEachSegmentAndOfTheWholeBase() {
        CsvDataSet company = aDataSet()
                .table("customers", "customer_id", "signup_date", "plan")
                .row("pro1", "2024-01-01", "pro");
        for (int n = 1; n <= 12; n++) {
            company.row(String.format("t%02d", n), "2024-01-01", "basic");
        }
        company.table("community", "customer_id", "user_id", "activity", "occurred_at");
        for (int post = 0; post < 20; post++) {
            company.row("pro1", "u", "post", String.format("2024-06-%02dT10:00:00+09:00", post + 1));
        }
        for (int n = 1; n <= 12; n++) {
            for (int post = 0; post < 13 - n; post++) {
                company.row(
                        String.format("t%02d", n), "u", "post", String.format("2024-06-%02dT10:00:00+09:00", post + 1));
            }
        }
        new Importer(workspace).importFrom(company.writeTo(dir.resolve("ranks")), ImportOptions.defaults());
        List<MetricResult> byPlan = compute("top_advocates", Optional.of("plan"));
        assertThat(byPlan)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(byPlan).extracting(MetricResult::value).containsExactly(d("13"), d("12"), d("1"));
        // whole base: pro1 (20 posts), then t01 (12) … t09 (4)
        assertThat(byPlan.get(0).parts())
                .containsEntry("rank_1_customer_id", "pro1")
                .containsEntry("rank_1_community", 20L)
                .containsEntry("rank_10_customer_id", "t09")
                .containsEntry("rank_10_community", 4L);
        // basic: t01 (12) … t10 (3)
        assertThat(byPlan.get(1).parts())
                .containsEntry("rank_1_customer_id", "t01")
                .containsEntry("rank_10_customer_id", "t10")
                .containsEntry("rank_10_community", 3L);
        assertThat(one("top_advocates", Optional.empty()).parts())
                .isEqualTo(byPlan.get(0).parts());
    }

    @Test
    void communityActivityCountsActiveMembersAndActivitiesPerMember() {
        importAdvocacyCompany();
        MetricResult community = one("community_activity", Optional.empty());
        // active members a1 a7 (a4 is not active) → 100 × 2 / 6; members a1 a7 a4 with 3 + 1 + 1 activities
        assertThat(community.value()).isEqualByComparingTo("33.33");
        assertThat(community.parts())
                .containsEntry("members", 3L)
                .containsEntry("activities", 5L)
                .containsEntry("activities_per_member", new BigDecimal("1.67")); // 5 / 3 = 1.666…
    }

    @Test
    void socialMetricsCountMentionsPerChannelThePublicsIncluded() {
        importAdvocacyCompany();
        MetricResult social = one("social_metrics", Optional.empty());
        // m1 m2 m3 m4; likes 10 + 5 + 3 + 7, shares 2 + 0 + 1 + 0, comments 1 + 0 + 0 + 2
        assertThat(social.value()).isEqualByComparingTo("4");
        assertThat(social.parts())
                .containsEntry("likes", 25L)
                .containsEntry("shares", 3L)
                .containsEntry("comments", 3L)
                .containsEntry("channel_linkedin_mentions", 1L)
                .containsEntry("channel_x_mentions", 3L);
        // m3 has no customer: in the segment without a value, not among the customers not referred
        List<MetricResult> byReferred = compute("social_metrics", Optional.of("referred"));
        assertThat(byReferred)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("referred", "no"), Segment.of("referred", null));
        assertThat(byReferred).extracting(MetricResult::value).containsExactly(d("4"), d("3"), d("1"));
        // by the mention's own channel, m3 has one
        List<MetricResult> byChannel = compute("social_metrics", Optional.of("channel"));
        assertThat(byChannel)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("channel", "LinkedIn"), Segment.of("channel", "x"));
        assertThat(byChannel).extracting(MetricResult::value).containsExactly(d("4"), d("1"), d("3"));
    }

    @Test
    void loyaltyParticipationCountsEnrolmentByTheLastDayAndActiveMembers() {
        importAdvocacyCompany();
        MetricResult loyalty = one("loyalty_participation", Optional.empty());
        // enrolled and active: a1, a2 (30 Jun 23:00 Tokyo); a3 enrols in July, a4 is not active → 2 of 6
        assertThat(loyalty.value()).isEqualByComparingTo("33.33");
        // earning or redeeming in June: a1 a3 a5 → 100 × 3 / 6
        assertThat((BigDecimal) loyalty.parts().get("active_members_pct")).isEqualByComparingTo("50.00");
        assertThat(loyalty.parts()).containsEntry("enrolled", 2L).containsEntry("active_members", 3L);
    }

    @Test
    void loyaltyRedemptionRateTakesAbsolutePoints() {
        importAdvocacyCompany();
        MetricResult redemption = one("loyalty_redemption_rate", Optional.empty());
        // issued 100 + 50 + 20 = 170 (a2's 30 are May's), redeemed |−40| = 40 → 100 × 40 / 170 = 23.529…
        assertThat(redemption.value()).isEqualByComparingTo("23.53");
        assertThat((BigDecimal) redemption.parts().get("points_issued")).isEqualByComparingTo("170");
        assertThat((BigDecimal) redemption.parts().get("points_redeemed")).isEqualByComparingTo("40");
        assertThat((BigDecimal) redemption.parts().get("points_expired")).isEqualByComparingTo("10");
    }

    @Test
    void programmeAdoptionCountsInvitationsAndCommunitySharesBesideReferrals() {
        importAdvocacyCompany();
        MetricResult adoption = one("advocacy_program_adoption", Optional.empty());
        // a1 a2 (referrals), a3 (invitation r5), a7 (community share); a4 not active → 100 × 4 / 6
        assertThat(adoption.value()).isEqualByComparingTo("66.67");
        // r1 r2 r3 r5 r6 and a7's share
        assertThat(adoption.parts()).containsEntry("programme_uses", 6L);
    }

    @Test
    void aFilterKeepsOnlyTheCustomersWithTheAttributeValue() {
        importAdvocacyCompany();
        List<MetricResult> results = Scenarios.compute(
                workspace,
                JUNE,
                Optional.empty(),
                Map.of("plan", "pro"),
                MetricCatalog.select(List.of("referral_rate", "social_metrics")));
        // pro: a1 a2 of a1 a2 a6; mentions m1 m2 m4 (the public's m3 has no plan)
        assertThat(results.get(0).value()).isEqualByComparingTo("66.67");
        assertThat(results.get(1).value()).isEqualByComparingTo("3");
    }

    @Test
    void aWorkspaceWithoutAdvocacyDataHasNoDataForEveryMetric() {
        Path data = aDataSet()
                .table("customers", "customer_id", "signup_date", "plan")
                .row("c1", "2024-01-01", "pro")
                .table("subscriptions", "subscription_id", "customer_id", "start_date", "mrr")
                .row("s1", "c1", "2024-01-01", "1000")
                .writeTo(dir.resolve("bare"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
        List<MetricResult> results = compute(AdvocacyMetrics.ALL, JUNE, Optional.of("plan"));
        // every rate over the one active customer is 0 %, not no data; every count and sum is no data
        assertThat(results)
                .filteredOn(result -> result.segment().isAll())
                .extracting(MetricResult::metric, MetricResult::value)
                .containsExactly(
                        tuple("referral_rate", d("0.00")),
                        tuple("referral_conversion_rate", null),
                        tuple("advocacy_conversion_rate", null),
                        tuple("advocacy_revenue", null),
                        tuple("top_advocates", null),
                        tuple("community_activity", d("0.00")),
                        tuple("social_metrics", null),
                        tuple("loyalty_participation", d("0.00")),
                        tuple("loyalty_redemption_rate", null),
                        tuple("advocacy_program_adoption", d("0.00")));
    }

    @Test
    void aPeriodBeforeAnyDataHasNoDataForEveryMetric() {
        importAdvocacyCompany();
        List<MetricResult> results = compute(AdvocacyMetrics.ALL, Period.parse("2023-06"), Optional.empty());
        assertThat(results)
                .hasSize(10)
                .allSatisfy(
                        result -> assertThat(result.value()).as(result.metric()).isNull());
    }

    /**
     * Without subscriptions a customer is active on day d after a purchase in the 90 days ending on d: in
     * June 2024 after one on 4 Mar (covering up to 1 Jun) or later, not on 3 Mar (covering up to 31 May).
     * b1 bought on 10 Apr, b4 on 20 Jun, b5 on 4 Mar: active during June. b6 bought on 3 Mar, b2 on 1 Feb,
     * b3 on 1 May but churned on 15 May: not active. All but b4 refer a prospect in June.
     */
    @Test
    void withoutSubscriptionsReferrersAreActiveAsTheActivityTallyJudgesThem() {
        Path data = aDataSet()
                .table("customers", "customer_id", "signup_date", "churned_at")
                .row("b1", "2024-01-01", null)
                .row("b2", "2024-01-01", null)
                .row("b3", "2024-01-01", "2024-05-15")
                .row("b4", "2024-01-01", null)
                .row("b5", "2024-01-01", null)
                .row("b6", "2024-01-01", null)
                .table("orders", "order_id", "customer_id", "ordered_at", "amount")
                .row("o1", "b1", "2024-04-10T12:00:00+09:00", "1000")
                .row("o2", "b2", "2024-02-01T12:00:00+09:00", "1000")
                .row("o3", "b3", "2024-05-01T12:00:00+09:00", "1000")
                .row("o4", "b4", "2024-06-20T12:00:00+09:00", "1000")
                .row("o5", "b5", "2024-03-04T12:00:00+09:00", "1000")
                .row("o6", "b6", "2024-03-03T12:00:00+09:00", "1000")
                .table("referrals", "referral_id", "referrer_customer_id", "referred_at", "prospect_id")
                .row("r1", "b1", "2024-06-10T10:00:00+09:00", "p1")
                .row("r2", "b2", "2024-06-10T10:00:00+09:00", "p2")
                .row("r3", "b3", "2024-06-10T10:00:00+09:00", "p3")
                .row("r5", "b5", "2024-06-10T10:00:00+09:00", "p5")
                .row("r6", "b6", "2024-06-10T10:00:00+09:00", "p6")
                .writeTo(dir.resolve("purchases"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
        MetricResult rate = one("referral_rate", Optional.empty());
        // active during June: b1 b4 b5; referrers among them b1 b5 → 100 × 2 / 3 = 66.666…
        assertThat(rate.denominator()).isEqualByComparingTo("3");
        assertThat(rate.numerator()).isEqualByComparingTo("2");
        assertThat(rate.value()).isEqualByComparingTo("66.67");
        assertThat(rate.convention()).contains("90 days");
        assertThat(rate.parts()).containsEntry("referrals", 5L);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private MetricResult one(String metric, Optional<String> by) {
        return compute(metric, by).get(0);
    }

    private List<MetricResult> compute(String metric, Optional<String> by) {
        return Scenarios.compute(workspace, JUNE, by, List.of(metric));
    }

    private List<MetricResult> compute(List<Metric> metrics, Period period, Optional<String> by) {
        return Scenarios.compute(workspace, period, by, Map.of(), metrics);
    }
}
