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

class LoyaltyParticipationTest {

    private final LoyaltyParticipation loyalty = new LoyaltyParticipation();

    @Test
    void dividesEnrolledAndActiveMembersByCustomersActiveDuringThePeriod() {
        MetricResult result = loyalty.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withActivity(customers(8).activeAtStart().activeAtEnd())
                                .withAdvocacy(new InMemoryAdvocacyInputs()
                                        .with(
                                                participants(1)
                                                        .active()
                                                        .enrolled()
                                                        .earningOrRedeeming(),
                                                participants(2).active().enrolled(),
                                                participants(3).active().earningOrRedeeming(),
                                                participants(4).enrolled().earningOrRedeeming())))
                .get(0);

        // enrolled and active: 1 + 2 = 3 of 8 → 37.5; earning or redeeming: 1 + 3 = 4 of 8 → 50, the 3
        // not enrolled included; the 4 not active count in neither
        assertThat(result.value()).isEqualByComparingTo("37.50");
        assertThat(result.numerator()).isEqualByComparingTo("3");
        assertThat(result.denominator()).isEqualByComparingTo("8");
        assertThat(result.parts().keySet()).containsExactly("active_members_pct", "enrolled", "active_members");
        assertThat(result.parts())
                .containsEntry("active_members_pct", new BigDecimal("50.00"))
                .containsEntry("enrolled", 3L)
                .containsEntry("active_members", 4L);
    }

    @Test
    void reportsNoDataWithoutActiveCustomers() {
        MetricResult result = loyalty.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                                .with(participants(2).enrolled())))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("active_members_pct", null);
    }

    @Test
    void breaksDownByTheMembersAttribute() {
        List<MetricResult> results = loyalty.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withActivity(
                                customers(5).activeAtStart().activeAtEnd().in("pro"),
                                customers(3).activeAtEnd().in("basic"))
                        .withAdvocacy(new InMemoryAdvocacyInputs()
                                .with(
                                        participants(2).active().enrolled().in("pro"),
                                        participants(1)
                                                .active()
                                                .enrolled()
                                                .earningOrRedeeming()
                                                .in("basic"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("37.50"), // 100 × 3 / 8
                        new BigDecimal("33.33"), // 100 × 1 / 3 = 33.333…
                        new BigDecimal("40.00")); // 100 × 2 / 5
        assertThat(results)
                .extracting(result -> result.parts().get("active_members_pct"))
                .containsExactly(
                        new BigDecimal("12.50"), // 100 × 1 / 8
                        new BigDecimal("33.33"),
                        new BigDecimal("0.00"));
    }
}
