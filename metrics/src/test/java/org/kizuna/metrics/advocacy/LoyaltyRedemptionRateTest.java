package org.kizuna.metrics.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.advocacy.AdvocacyRows.points;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class LoyaltyRedemptionRateTest {

    private final LoyaltyRedemptionRate rate = new LoyaltyRedemptionRate();

    @Test
    void dividesPointsRedeemedByPointsIssued() {
        MetricResult result = rate.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                                .with(
                                        points("earn", "300"),
                                        points("earn", "100.5"),
                                        points("redeem", "120"),
                                        points("expire", "30"),
                                        points("enroll", "0"))))
                .get(0);

        // 100 × 120 / (300 + 100.5) = 29.9625…
        assertThat(result.value()).isEqualByComparingTo("29.96");
        assertThat(result.numerator()).isEqualByComparingTo("120");
        assertThat(result.denominator()).isEqualByComparingTo("400.5");
        assertThat(result.parts().keySet()).containsExactly("points_issued", "points_redeemed", "points_expired");
        assertThat(result.parts())
                .containsEntry("points_issued", new BigDecimal("400.50"))
                .containsEntry("points_redeemed", new BigDecimal("120.00"))
                .containsEntry("points_expired", new BigDecimal("30.00"));
    }

    @Test
    void reportsNoDataWithoutPointsIssued() {
        MetricResult result = rate.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withAdvocacy(new InMemoryAdvocacyInputs().with(points("redeem", "50"))))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("points_redeemed", new BigDecimal("50.00"));
    }

    @Test
    void breaksDownByTheMembersAttribute() {
        List<MetricResult> results = rate.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                        .with(
                                points("earn", "200").in("pro"),
                                points("redeem", "50").in("pro"),
                                points("earn", "100").in("basic"),
                                points("redeem", "100").in("basic"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("50.00"), // 100 × 150 / 300
                        new BigDecimal("100.00"), // 100 × 100 / 100
                        new BigDecimal("25.00")); // 100 × 50 / 200
    }
}
