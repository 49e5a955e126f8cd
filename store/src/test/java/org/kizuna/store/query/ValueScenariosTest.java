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
import org.kizuna.domain.MetricConventions;
import org.kizuna.domain.MetricConventions.ClvBasis;
import org.kizuna.domain.Period;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.revenue.ValueMetrics;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;

/**
 * The revenue and value metrics computed end to end through a real DuckDB workspace, on small companies whose
 * every figure is worked out by hand below. June 2024 is the period throughout; the workspace is in Tokyo and
 * reports in yen (no minor unit). The period's start is the state on 31 May.
 */
class ValueScenariosTest {

    private static final Period JUNE = Period.parse("2024-06");

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void createWorkspace() {
        workspace = Scenarios.tokyoWorkspace(dir.resolve("ws"));
    }

    /**
     * Six customers (end_date is the first day no longer covered):
     * <pre>
     * v1 pro   ads      signed up 10 Jan   1000 from 10 Jan, 1500 from 10 Jun     31 May 1000 → 30 Jun 1500: expansion 500
     * v2 pro   organic  1 Feb, by v1       800 from 1 Feb to 15 Jun              800 → 0: lost in June
     * v3 basic organic  1 Mar              300 from 1 Mar                        300 → 300
     * v4 basic ads      5 Jun              400 from 5 Jun                        new 400, acquired in June
     * v5 pro   organic  20 Jun, by v1      600 from 20 Jun                       new 600, acquired in June
     * v6 basic ads      2 Jul              500 from 2 Jul                        July's: outside June entirely
     * </pre>
     * MRR on 31 May 1000 + 800 + 300 = 2100, on 30 Jun 1500 + 300 + 400 + 600 = 2800. Active on 31 May: v1 v2
     * v3 (3); on 30 Jun: v1 v3 v4 v5 (4); lost: v2; acquired in June: v4 v5; active during June: v1 to v5 (5).
     *
     * <p>Orders, Tokyo time (margin empty = unknown):
     * <pre>
     * o1 v1 10 Feb   1000 renewal recurring  margin 600
     * o2 v1 12 Jun    300 upsell             margin 200
     * o3 v2  1 Mar    800 renewal recurring  margin 400
     * o4 v3  3 Jun    150 add_on             no margin
     * o5 v4 30 Jun 23:30   400 new recurring margin 240    still June in Tokyo
     * o6 v5  1 Jul 00:10   600 new recurring margin 300    July in Tokyo
     * o7 v6  5 Jul    500 new                margin 250
     * o8 v3 20 May    −50 other (a refund)   no margin
     * </pre>
     *
     * <p>Costs (period_end inclusive), and their part in June:
     * <pre>
     * marketing 3000  1–30 Jun                                   3000
     * marketing  620  17 May–16 Jun (31 days), acquisition_channel=ads   620 × 16/31 = 320
     * marketing  100  1–30 Jun, campaign=summer (no customer attribute: untagged)   100
     * marketing  200  1–31 Jul                                   0
     * sales      600  16 Jun–15 Jul (30 days)                    600 × 15/30 = 300
     * retention 1000  1–30 Jun                                   1000
     * success    500  1–30 Jun, plan=pro                         500
     * support    700  1–30 Jun                                   counts nowhere here
     * </pre>
     */
    private void importCompany() {
        Path data = aDataSet()
                .table("customers", "customer_id", "signup_date", "plan", "acquisition_channel", "referred_by")
                .row("v1", "2024-01-10", "pro", "ads", null)
                .row("v2", "2024-02-01", "pro", "organic", "v1")
                .row("v3", "2024-03-01", "basic", "organic", null)
                .row("v4", "2024-06-05", "basic", "ads", null)
                .row("v5", "2024-06-20", "pro", "organic", "v1")
                .row("v6", "2024-07-02", "basic", "ads", null)
                .table("subscriptions", "subscription_id", "customer_id", "start_date", "end_date", "mrr")
                .row("s1a", "v1", "2024-01-10", "2024-06-10", "1000")
                .row("s1b", "v1", "2024-06-10", null, "1500")
                .row("s2", "v2", "2024-02-01", "2024-06-15", "800")
                .row("s3", "v3", "2024-03-01", null, "300")
                .row("s4", "v4", "2024-06-05", null, "400")
                .row("s5", "v5", "2024-06-20", null, "600")
                .row("s6", "v6", "2024-07-02", null, "500")
                .table("orders", "order_id", "customer_id", "ordered_at", "amount", "kind", "recurring", "gross_margin")
                .row("o1", "v1", "2024-02-10T10:00:00+09:00", "1000", "renewal", "true", "600")
                .row("o2", "v1", "2024-06-12T10:00:00+09:00", "300", "upsell", "false", "200")
                .row("o3", "v2", "2024-03-01T10:00:00+09:00", "800", "renewal", "true", "400")
                .row("o4", "v3", "2024-06-03T10:00:00+09:00", "150", "add_on", "false", null)
                .row("o5", "v4", "2024-06-30T23:30:00+09:00", "400", "new", "true", "240")
                .row("o6", "v5", "2024-07-01T00:10:00+09:00", "600", "new", "true", "300")
                .row("o7", "v6", "2024-07-05T10:00:00+09:00", "500", "new", "true", "250")
                .row("o8", "v3", "2024-05-20T10:00:00+09:00", "-50", "other", null, null)
                .table(
                        "costs",
                        "period_start",
                        "period_end",
                        "category",
                        "amount",
                        "segment_attribute",
                        "segment_value")
                .row("2024-06-01", "2024-06-30", "marketing", "3000", null, null)
                .row("2024-05-17", "2024-06-16", "marketing", "620", "acquisition_channel", "ads")
                .row("2024-06-01", "2024-06-30", "marketing", "100", "campaign", "summer")
                .row("2024-07-01", "2024-07-31", "marketing", "200", null, null)
                .row("2024-06-16", "2024-07-15", "sales", "600", null, null)
                .row("2024-06-01", "2024-06-30", "retention", "1000", null, null)
                .row("2024-06-01", "2024-06-30", "success", "500", "plan", "pro")
                .row("2024-06-01", "2024-06-30", "support", "700", null, null)
                .writeTo(dir.resolve("company"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
    }

    @Test
    void growthMrrIsTheExpansionOfCustomersWhoAlreadyPaid() {
        importCompany();
        MetricResult growth = one("growth_mrr", Optional.empty());
        assertThat(growth.value()).isEqualByComparingTo("500"); // v1 1500 − 1000
        assertThat(growth.parts()).containsEntry("customers", 1L);
        assertThat((BigDecimal) growth.parts().get("new_mrr_excluded")).isEqualByComparingTo("1000"); // 400 + 600
    }

    @Test
    void expansionMrrAs003DefinesItAddsTheMonthsUpsellsAndAddOnsToMrr() {
        importCompany();
        MetricResult expansion = one("expansion_mrr", Optional.empty());
        // 4 active on 30 Jun × ARPA 2800 / 4 = 700, i.e. MRR 2800; + June's upsell o2 300 + add-on o4 150
        assertThat(expansion.value()).isEqualByComparingTo("3250");
        assertThat((BigDecimal) expansion.parts().get("arpa")).isEqualByComparingTo("700");
        assertThat((BigDecimal) expansion.parts().get("non_recurring_monthly")).isEqualByComparingTo("450");
        assertThat((BigDecimal) expansion.parts().get("standard_expansion")).isEqualByComparingTo("500");
    }

    @Test
    void historicClvDividesTheMarginSoFarByTheCustomersAcquiredSoFar() {
        importCompany();
        MetricResult clv = one("clv", Optional.empty());
        // v1–v5 acquired by 30 Jun; margins up to 30 Jun 24:00 Tokyo: o1 600 + o2 200 + o3 400 + o5 240 = 1440
        // (o6 is July's, o7 v6's; o4 and o8 carry none): 1440 / 5 = 288
        assertThat(clv.value()).isEqualByComparingTo("288");
        assertThat(clv.numerator()).isEqualByComparingTo("1440");
        assertThat(clv.denominator()).isEqualByComparingTo("5");
        assertThat(clv.parts()).containsEntry("orders_without_margin", 2L);
        // ARPU 2800 / 4 = 700; June's orders with a margin: o2 200 of 300, o5 240 of 400 → 440 / 700;
        // churn 1 of 3 in June; 700 × 440/700 / (1/3) = 1320
        assertThat((BigDecimal) clv.parts().get("arpu")).isEqualByComparingTo("700");
        assertThat((BigDecimal) clv.parts().get("margin_pct")).isEqualByComparingTo("62.86"); // 62.857…
        assertThat((BigDecimal) clv.parts().get("monthly_churn_pct")).isEqualByComparingTo("33.33");
        assertThat((BigDecimal) clv.parts().get("predictive")).isEqualByComparingTo("1320");
    }

    @Test
    void historicClvAddsUpRevenueRefundsIncludedOnTheRevenueBasis() {
        importCompany();
        WorkspaceSettings onRevenue = workspace
                .settings()
                .withConventions(MetricConventions.defaults().withClvBasis(ClvBasis.REVENUE));
        MetricResult clv = Scenarios.compute(
                        workspace, onRevenue, JUNE, Optional.empty(), Map.of(), MetricCatalog.select(List.of("clv")))
                .get(0);
        // 1000 + 300 + 800 + 150 + 400 − 50 = 2600 over 5
        assertThat(clv.value()).isEqualByComparingTo("520");
    }

    @Test
    void cacSpreadsCostsOverTheirDaysAndDividesByJunesAcquisitions() {
        importCompany();
        MetricResult cac = one("cac", Optional.empty());
        // marketing 3000 + 320 + 100 = 3420, sales 300; (3420 + 300) / 2 acquired (v4 v5)
        assertThat((BigDecimal) cac.parts().get("marketing")).isEqualByComparingTo("3420");
        assertThat((BigDecimal) cac.parts().get("sales")).isEqualByComparingTo("300");
        assertThat(cac.value()).isEqualByComparingTo("1860");
    }

    @Test
    void cacByChannelGivesTaggedCostsToTheirChannel() {
        importCompany();
        List<MetricResult> cac = compute(List.of("cac"), Optional.of("acquisition_channel"));
        assertThat(cac)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL,
                        Segment.of("acquisition_channel", "ads"),
                        Segment.of("acquisition_channel", "organic"));
        // ads acquired v4, organic v5 (v6 is July's): the untagged 3100 and sales 300 are halved;
        // ads: 320 + 1550 + 150 = 2020; organic: 1550 + 150 = 1700
        assertThat(cac.get(1).value()).isEqualByComparingTo("2020");
        assertThat(cac.get(2).value()).isEqualByComparingTo("1700");
    }

    @Test
    void aFilterOnTheTagsAttributeGivesTheSameCacAsItsSegment() {
        importCompany();
        MetricResult ads = filtered(Map.of("acquisition_channel", "ads"), "cac");
        // the ads cost whole (its June acquisitions are all ads), half the rest by acquisitions: 320 + 1550 + 150
        assertThat(ads.value()).isEqualByComparingTo("2020");
        assertThat(ads.parts()).containsEntry("acquired", 1L);
    }

    @Test
    void crcDividesRetentionAndSuccessCostsByTheCustomersActiveInJune() {
        importCompany();
        assertThat(one("crc", Optional.empty()).value()).isEqualByComparingTo("300"); // (1000 + 500) / 5
        List<MetricResult> byPlan = compute(List.of("crc"), Optional.of("plan"));
        assertThat(byPlan)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        // basic active in June: v3 v4 (v6 starts in July) → 1000 × 2/5 = 400 / 2
        assertThat(byPlan.get(1).value()).isEqualByComparingTo("200");
        // pro: v1 v2 v5 → 1000 × 3/5 = 600 + the pro success cost 500 = 1100 / 3 = 366.66…
        assertThat(byPlan.get(2).value()).isEqualByComparingTo("367");
        assertThat(filtered(Map.of("plan", "pro"), "crc").value()).isEqualByComparingTo("367");
    }

    @Test
    void clvCacAndProfitCombineTheClvAndCacShown() {
        importCompany();
        List<MetricResult> results = compute(List.of("clv_cac", "profit_per_customer"), Optional.empty());
        assertThat(results.get(0).value()).isEqualByComparingTo("0.15"); // 288 / 1860 = 0.1548…
        assertThat(results.get(0).parts()).containsEntry("band", "loss");
        assertThat(results.get(1).value()).isEqualByComparingTo("-1572"); // 288 − 1860
    }

    @Test
    void referredCustomersAreComparedWithTheOthers() {
        importCompany();
        MetricResult uplift = one("referred_clv_uplift", Optional.empty());
        // referred v2 v5: 400 / 2 = 200; others v1 v3 v4: (800 + 0 + 240) / 3 = 346.66…; 600 / 1040 − 1
        assertThat(uplift.value()).isEqualByComparingTo("-42.31");
        assertThat(uplift.parts()).containsEntry("referred_customers", 2L).containsEntry("other_customers", 3L);
    }

    @Test
    void withoutOrdersOrCostsThereIsNoClvNorCac() {
        Path data = aDataSet()
                .table("customers", "customer_id", "signup_date")
                .row("w1", "2024-01-01")
                .row("w2", "2024-06-10")
                .table("subscriptions", "subscription_id", "customer_id", "start_date", "end_date", "mrr")
                .row("t1", "w1", "2024-01-01", null, "500")
                .row("t2", "w2", "2024-06-10", null, "700")
                .writeTo(dir.resolve("bare"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
        List<MetricResult> results = compute(
                List.of("clv", "cac", "clv_cac", "profit_per_customer", "crc", "referred_clv_uplift"),
                Optional.of("plan"));
        assertThat(results).allSatisfy(result -> {
            assertThat(result.segment()).isIn(Segment.ALL, Segment.of("plan", null));
            assertThat(result.value()).isNull();
        });
        assertThat(one("growth_mrr", Optional.empty()).value()).isEqualByComparingTo("0");
        assertThat(one("expansion_mrr", Optional.empty()).value()).isEqualByComparingTo("1200"); // 500 + 700
    }

    /**
     * Without subscriptions a customer is active on day d after a purchase in the 90 days ending on d: on 31 May
     * after 3 Mar, on 30 Jun after 2 Apr. d1 buys on 20 May and 10 Jun (active throughout); d2 on 1 Apr,
     * active on 31 May and into June but not on 30 Jun: lost.
     */
    @Test
    void withoutSubscriptionsArpuComesFromThePeriodsOrders() {
        Path data = aDataSet()
                .table("customers", "customer_id", "signup_date")
                .row("d1", "2024-01-01")
                .row("d2", "2024-01-01")
                .table("orders", "order_id", "customer_id", "ordered_at", "amount", "gross_margin")
                .row("p1", "d1", "2024-05-20T12:00:00+09:00", "1000", "500")
                .row("p2", "d1", "2024-06-10T12:00:00+09:00", "600", "300")
                .row("p3", "d2", "2024-04-01T12:00:00+09:00", "400", "100")
                .table("costs", "period_start", "period_end", "category", "amount")
                .row("2024-06-01", "2024-06-30", "retention", "400")
                .writeTo(dir.resolve("shop"));
        new Importer(workspace).importFrom(data, ImportOptions.defaults());
        MetricResult clv = one("clv", Optional.empty());
        // historic (500 + 300 + 100) / 2 = 450; ARPU June's 600 / 2 active during June / 1 month = 300;
        // margin 300 / 600; churn 1 of 2; 300 × 0.5 / 0.5 = 300
        assertThat(clv.value()).isEqualByComparingTo("450");
        assertThat((BigDecimal) clv.parts().get("arpu")).isEqualByComparingTo("300");
        assertThat((BigDecimal) clv.parts().get("predictive")).isEqualByComparingTo("300");
        assertThat(one("crc", Optional.empty()).value()).isEqualByComparingTo("200"); // 400 / 2 active during June
        assertThat(one("expansion_mrr", Optional.empty()).value()).isNull();
    }

    @Test
    void anEmptyPeriodHasNoDataRatherThanZero() {
        importCompany();
        List<MetricResult> results =
                Scenarios.compute(workspace, Period.parse("2023-06"), Optional.empty(), Map.of(), ValueMetrics.ALL);
        // nobody is acquired by 30 Jun 2023, nobody is active, no cost falls in it
        assertThat(results)
                .filteredOn(result -> !result.metric().endsWith("_mrr"))
                .allSatisfy(result -> assertThat(result.value()).isNull());
        // MRR is defined in a workspace with subscriptions: none yet is 0, as mrr reports it
        assertThat(results)
                .filteredOn(result -> result.metric().endsWith("_mrr"))
                .allSatisfy(result -> assertThat(result.value()).isEqualByComparingTo("0"));
    }

    private MetricResult one(String metric, Optional<String> by) {
        return compute(List.of(metric), by).get(0);
    }

    private MetricResult filtered(Map<String, String> where, String metric) {
        return Scenarios.compute(workspace, JUNE, Optional.empty(), where, MetricCatalog.select(List.of(metric)))
                .get(0);
    }

    private List<MetricResult> compute(List<String> metrics, Optional<String> by) {
        return Scenarios.compute(workspace, JUNE, by, metrics);
    }
}
