package org.kizuna.metrics.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.advocacy.AdvocacyRows.participants;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class AdvocacyConversionRateTest {

    private final AdvocacyConversionRate rate = new AdvocacyConversionRate();

    @Test
    void countsAdvocatesWithAConvertedReferralActiveOrNot() {
        MetricResult result = rate.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                                .with(
                                        participants(3).referring(4).converting(3),
                                        participants(2).active().referring(2),
                                        participants(1).inviting(1),
                                        participants(4).active().inCommunity(3))))
                .get(0);

        // advocates: 3 + 2 = 5 (the inviter named no prospect; community members are not advocates);
        // converting: 3 → 100 × 3 / 5 = 60
        assertThat(result.value()).isEqualByComparingTo("60.00");
        assertThat(result.numerator()).isEqualByComparingTo("3");
        assertThat(result.denominator()).isEqualByComparingTo("5");
        assertThat(result.parts())
                .containsEntry("advocates", 5L)
                .containsEntry("converting_advocates", 3L)
                .containsEntry("referrals", 6L) // 4 + 2
                .containsEntry("converted_referrals", 3L);
    }

    @Test
    void reportsNoDataWithoutAdvocates() {
        MetricResult result = rate.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                                .with(participants(2).inviting(2))))
                .get(0);

        assertThat(result.value()).isNull();
    }

    @Test
    void breaksDownByTheAdvocatesAttribute() {
        List<MetricResult> results = rate.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                        .with(
                                participants(1).referring(1).converting(1).in("pro"),
                                participants(1).referring(1).in("pro"),
                                participants(2).referring(3).in("basic"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("25.00"), // 100 × 1 / (2 + 2)
                        new BigDecimal("0.00"), // 100 × 0 / 2
                        new BigDecimal("50.00")); // 100 × 1 / 2
    }
}
