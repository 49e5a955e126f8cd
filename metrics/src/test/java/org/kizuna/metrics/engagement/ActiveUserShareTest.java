package org.kizuna.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.engagement.EngagementRows.activeCustomers;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class ActiveUserShareTest {

    private final ActiveUserShare share = new ActiveUserShare();

    private static InMemoryEngagementInputs seated() {
        // pro: 3 active customers, 2 with seats (30 in all) and 18 of their users active; basic: 1 of 1, 10 seats, 3
        return new InMemoryEngagementInputs()
                .recording(InteractionChannel.PRODUCT)
                .withCustomers(
                        activeCustomers(3).seated(2, 30, 18).in("pro").tally(),
                        activeCustomers(1).seated(1, 10, 3).in("basic").tally());
    }

    @Test
    void dividesActiveUsersBySeatsOfTheSeatedCustomers() {
        MetricResult result = share.compute(Requests.wholeBase("2024-06"), inputs().withEngagement(seated()))
                .get(0);

        assertThat(result.value()).isEqualByComparingTo("52.50"); // 100 × (18 + 3) / (30 + 10)
        assertThat(result.numerator()).isEqualByComparingTo("21");
        assertThat(result.denominator()).isEqualByComparingTo("40");
        assertThat(result.parts())
                .containsEntry("active_users", 21L)
                .containsEntry("seats", 40L)
                .containsEntry("customers_with_seats", 3L);
    }

    @Test
    void breaksDownByPlan() {
        List<MetricResult> results =
                share.compute(Requests.brokenDownBy("plan", "2024-06"), inputs().withEngagement(seated()));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(new BigDecimal("52.50"), new BigDecimal("30.00"), new BigDecimal("60.00"));
    }

    @Test
    void reportsNoDataWithoutSeats() {
        MetricResult result = share.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withEngagement(new InMemoryEngagementInputs()
                                .recording(InteractionChannel.PRODUCT)
                                .withCustomers(activeCustomers(4).tally())))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("customers_with_seats", 0L);
    }

    @Test
    void reportsNoDataWithoutAnyEventsRatherThanNobodyActive() {
        MetricResult result = share.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withEngagement(new InMemoryEngagementInputs()
                                .withCustomers(
                                        activeCustomers(2).seated(2, 20, 0).tally())))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("seats", 20L);
    }
}
