package org.kizuna.metrics.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.advocacy.AdvocacyRows.referrals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class ReferralConversionRateTest {

    private final ReferralConversionRate rate = new ReferralConversionRate();

    @Test
    void dividesConvertedReferralsByReferralsNamingAProspect() {
        MetricResult result = rate.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                                .with(
                                        referrals(6),
                                        referrals(2).converted(),
                                        referrals(3).namingNobody())))
                .get(0);

        // 100 × 2 / (6 + 2) = 25; the 3 rows naming nobody are in neither count
        assertThat(result.value()).isEqualByComparingTo("25.00");
        assertThat(result.numerator()).isEqualByComparingTo("2");
        assertThat(result.denominator()).isEqualByComparingTo("8");
        assertThat(result.parts()).containsEntry("referrals", 8L).containsEntry("converted", 2L);
    }

    @Test
    void reportsNoDataWithoutReferralsNamingAProspect() {
        MetricResult result = rate.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                                .with(referrals(4).namingNobody())))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("0");
    }

    @Test
    void breaksDownByTheReferralsChannel() {
        assertThat(ReferralConversionRate.DEFINITION.breaksDownBy("channel")).isTrue();
        List<MetricResult> results = rate.compute(
                Requests.brokenDownBy("channel", "2024-06"),
                inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                        .with(
                                referrals(1).converted().in("link"),
                                referrals(1).in("link"),
                                referrals(3).in("email"),
                                referrals(1).converted().in(null))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL,
                        Segment.of("channel", "email"),
                        Segment.of("channel", "link"),
                        Segment.of("channel", null));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("33.33"), // 100 × 2 / 6 = 33.333…
                        new BigDecimal("0.00"), // 100 × 0 / 3
                        new BigDecimal("50.00"), // 100 × 1 / 2
                        new BigDecimal("100.00")); // 100 × 1 / 1
    }
}
