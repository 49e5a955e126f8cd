package org.kizuna.metrics.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;
import static org.kizuna.metrics.advocacy.AdvocacyRows.participants;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class ReferralRateTest {

    private final ReferralRate rate = new ReferralRate();

    @Test
    void countsCustomersActiveDuringThePeriodWhoReferredAProspect() {
        MetricResult result = rate.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withActivity(
                                        customers(6).activeAtStart().activeAtEnd(),
                                        customers(2).activeDuring(),
                                        customers(4))
                                .withAdvocacy(new InMemoryAdvocacyInputs()
                                        .with(
                                                participants(2).active().referring(5),
                                                participants(1).active().inviting(2),
                                                participants(1).referring(1))))
                .get(0);

        // active during: 6 + 2 = 8; referrers among them: the 2 (the inviter named no prospect, the last one
        // was not active) → 100 × 2 / 8 = 25
        assertThat(result.value()).isEqualByComparingTo("25.00");
        assertThat(result.unit()).isEqualTo("percent");
        assertThat(result.numerator()).isEqualByComparingTo("2");
        assertThat(result.denominator()).isEqualByComparingTo("8");
        assertThat(result.parts().keySet()).containsExactly("referrals", "referrers", "active_customers");
        assertThat(result.parts())
                .containsEntry("referrals", 6L) // 5 + 1, the inactive customer's referral included
                .containsEntry("referrers", 2L)
                .containsEntry("active_customers", 8L);
    }

    @Test
    void reportsNoDataWithoutCustomersActiveDuringThePeriod() {
        assertThat(rate.compute(Requests.wholeBase("2024-06"), inputs()))
                .singleElement()
                .satisfies(result -> assertThat(result.value()).isNull());
        MetricResult inactiveReferrers = rate.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withActivity(customers(3))
                                .withAdvocacy(new InMemoryAdvocacyInputs()
                                        .with(participants(3).referring(3))))
                .get(0);
        assertThat(inactiveReferrers.value()).isNull();
        assertThat(inactiveReferrers.parts()).containsEntry("referrals", 3L);
    }

    @Test
    void breaksDownByTheReferrersAttributeIncludingSegmentsWithoutReferrers() {
        List<MetricResult> results = rate.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withActivity(
                                customers(3).activeAtStart().activeAtEnd().in("pro"),
                                customers(4).activeAtStart().activeAtEnd().in("basic"),
                                customers(1).activeAtEnd().in(null))
                        .withAdvocacy(new InMemoryAdvocacyInputs()
                                .with(
                                        participants(1).active().referring(2).in("pro"),
                                        participants(1).active().referring(1).in("basic"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"), Segment.of("plan", null));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("25.00"), // 100 × (1 + 1) / (3 + 4 + 1)
                        new BigDecimal("25.00"), // 100 × 1 / 4
                        new BigDecimal("33.33"), // 100 × 1 / 3 = 33.333…
                        new BigDecimal("0.00")); // 100 × 0 / 1
    }

    @Test
    void saysThatInvitationsWithoutAProspectAreLeftToProgrammeAdoption() {
        MetricResult result =
                rate.compute(Requests.wholeBase("2024-06"), inputs()).get(0);

        assertThat(result.convention())
                .contains("names a prospect or the customer it became")
                .contains("advocacy_program_adoption");
    }
}
