package org.kizuna.metrics.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.advocacy.AdvocacyRows.buyers;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class AdvocacyRevenueTest {

    private final AdvocacyRevenue revenue = new AdvocacyRevenue();

    @Test
    void sumsTheOrdersOfReferredCustomersRefundsIncludedWithTheirShare() {
        MetricResult result = revenue.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                                .with(
                                        buyers(2, 3, "700").referred(),
                                        buyers(0, 1, "-50").referred(),
                                        buyers(5, 9, "2850"))))
                .get(0);

        // referred: 700 − 50 = 650 of 700 − 50 + 2850 = 3500 → 100 × 650 / 3500 = 18.571…
        assertThat(result.value()).isEqualByComparingTo("650.00");
        assertThat(result.unit()).isEqualTo("USD");
        assertThat(result.parts().keySet()).containsExactly("share_pct", "total_revenue", "referred_customers_buying");
        assertThat(result.parts())
                .containsEntry("share_pct", new BigDecimal("18.57"))
                .containsEntry("total_revenue", new BigDecimal("3500.00"))
                .containsEntry("referred_customers_buying", 2L);
    }

    @Test
    void isZeroWhenNoBuyerWasReferred() {
        MetricResult result = revenue.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withAdvocacy(new InMemoryAdvocacyInputs().with(buyers(3, 3, "900"))))
                .get(0);

        assertThat(result.value()).isEqualByComparingTo("0.00");
        assertThat(result.parts()).containsEntry("share_pct", new BigDecimal("0.00"));
    }

    @Test
    void reportsNoDataWithoutOrders() {
        MetricResult result =
                revenue.compute(Requests.wholeBase("2024-06"), inputs()).get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts())
                .containsEntry("share_pct", null)
                .containsEntry("total_revenue", null)
                .containsEntry("referred_customers_buying", 0L);
    }

    @Test
    void roundsToTheReportingCurrency() {
        MetricResult result = revenue.compute(
                        Requests.inCurrency("JPY", "2024-06"),
                        inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                                .with(buyers(1, 1, "1234.5").referred())))
                .get(0);

        assertThat(result.value()).isEqualByComparingTo("1235"); // JPY has no minor unit; half up
        assertThat(result.unit()).isEqualTo("JPY");
    }

    @Test
    void breaksDownByTheBuyersAttribute() {
        List<MetricResult> results = revenue.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                        .with(
                                buyers(1, 1, "300").referred().in("pro"),
                                buyers(2, 2, "700").in("pro"),
                                buyers(1, 1, "100").in("basic"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(new BigDecimal("300.00"), new BigDecimal("0.00"), new BigDecimal("300.00"));
        assertThat(results)
                .extracting(result -> result.parts().get("share_pct"))
                .containsExactly(
                        new BigDecimal("27.27"), // 100 × 300 / 1100 = 27.2727…
                        new BigDecimal("0.00"), // 100 × 0 / 100
                        new BigDecimal("30.00")); // 100 × 300 / 1000
    }
}
