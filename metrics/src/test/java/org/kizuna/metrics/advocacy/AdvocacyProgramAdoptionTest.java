package org.kizuna.metrics.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;
import static org.kizuna.metrics.advocacy.AdvocacyRows.participants;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.InMemoryInputs;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class AdvocacyProgramAdoptionTest {

    private final AdvocacyProgramAdoption adoption = new AdvocacyProgramAdoption();

    private static InMemoryInputs tenActiveCustomers() {
        return inputs().withActivity(customers(10).activeAtStart().activeAtEnd())
                .withAdvocacy(new InMemoryAdvocacyInputs()
                        .with(
                                participants(2).active().referring(3),
                                participants(1).active().inviting(2),
                                participants(1).active().sharing(1),
                                participants(1).active().inCommunity(4),
                                participants(2).inviting(2)));
    }

    @Test
    void countsAnyUseOfTheProgrammeByCustomersActiveDuringThePeriod() {
        MetricResult result = adoption.compute(Requests.wholeBase("2024-06"), tenActiveCustomers())
                .get(0);

        // users: 2 referrers + 1 inviter + 1 sharer = 4 of 10 (posting is not a use; the last 2 were not
        // active); uses: 3 + 2 + 1 + 2 = 8
        assertThat(result.value()).isEqualByComparingTo("40.00");
        assertThat(result.numerator()).isEqualByComparingTo("4");
        assertThat(result.denominator()).isEqualByComparingTo("10");
        assertThat(result.parts())
                .containsEntry("programme_users", 4L)
                .containsEntry("programme_uses", 8L)
                .containsEntry("active_customers", 10L);
    }

    @Test
    void isNeverBelowTheReferralRateWhichCountsOnlyReferralsNamingAProspect() {
        MetricResult referralRate = new ReferralRate()
                .compute(Requests.wholeBase("2024-06"), tenActiveCustomers())
                .get(0);

        assertThat(referralRate.value()).isEqualByComparingTo("20.00"); // the 2 referrers of 10
        assertThat(adoption.compute(Requests.wholeBase("2024-06"), tenActiveCustomers())
                        .get(0)
                        .convention())
                .contains("referral_rate");
    }

    @Test
    void reportsNoDataWithoutActiveCustomers() {
        MetricResult result =
                adoption.compute(Requests.wholeBase("2024-06"), inputs()).get(0);

        assertThat(result.value()).isNull();
    }

    @Test
    void breaksDownByTheUsersAttribute() {
        List<MetricResult> results = adoption.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withActivity(
                                customers(4).activeAtStart().activeAtEnd().in("pro"),
                                customers(6).activeAtStart().in("basic"))
                        .withAdvocacy(new InMemoryAdvocacyInputs()
                                .with(
                                        participants(1).active().inviting(1).in("pro"),
                                        participants(3).active().sharing(3).in("basic"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("40.00"), // 100 × (1 + 3) / (4 + 6)
                        new BigDecimal("50.00"), // 100 × 3 / 6
                        new BigDecimal("25.00")); // 100 × 1 / 4
    }
}
