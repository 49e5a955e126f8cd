package org.kizuna.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;
import static org.kizuna.metrics.engagement.EngagementRows.sessions;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class UsageFrequencyTest {

    private final UsageFrequency frequency = new UsageFrequency();

    @Test
    void dividesSessionsByActiveCustomersAndWeeks() {
        MetricResult result = frequency
                .compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withActivity(
                                        customers(6).activeAtStart().activeAtEnd(),
                                        customers(2).activeDuring(),
                                        customers(4))
                                .withEngagement(new InMemoryEngagementInputs()
                                        .withSessions(
                                                sessions(120, 7).events(300).tally())))
                .get(0);

        // 8 customers active during June's 30 days: 120 / 8 / (30 / 7) = 120 × 7 / 240 = 3.5
        assertThat(result.value()).isEqualByComparingTo("3.50");
        assertThat(result.unit()).isEqualTo("per_customer");
        assertThat(result.numerator()).isEqualByComparingTo("120");
        assertThat(result.denominator()).isEqualByComparingTo("8");
        assertThat(result.parts())
                .containsEntry("sessions", 120L)
                .containsEntry("active_customers", 8L)
                .containsEntry("days", 30L)
                .containsEntry("events", 300L)
                .containsEntry("events_per_customer_per_week", new BigDecimal("8.75")); // 300 × 7 / 240
    }

    @Test
    void countsZeroSessionsWhenEventsExistButNoneInThePeriod() {
        MetricResult result = frequency
                .compute(
                        Requests.wholeBase("2024-W23"),
                        inputs().withActivity(customers(5).activeAtEnd())
                                .withEngagement(new InMemoryEngagementInputs().recording(InteractionChannel.PRODUCT)))
                .get(0);

        assertThat(result.value()).isEqualByComparingTo("0.00");
    }

    @Test
    void reportsNoDataWithoutAnyEventsInTheWorkspace() {
        MetricResult result = frequency
                .compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withActivity(customers(5).activeAtEnd()))
                .get(0);

        assertThat(result.value()).isNull();
    }

    @Test
    void reportsNoDataWithoutActiveCustomers() {
        MetricResult result = frequency
                .compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withActivity(customers(3))
                                .withEngagement(new InMemoryEngagementInputs()
                                        .withSessions(sessions(10, 2).tally())))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("0");
    }

    @Test
    void breaksDownByPlanOverBothTallies() {
        List<MetricResult> results = frequency.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withActivity(
                                customers(4).activeAtStart().activeAtEnd().in("pro"),
                                customers(3).activeAtEnd().in("basic"),
                                customers(1).in("trial"))
                        .withEngagement(new InMemoryEngagementInputs()
                                .withSessions(
                                        sessions(60, 4).in("pro").tally(),
                                        sessions(15, 3).in("basic").tally(),
                                        sessions(5, 1).in("trial").tally())));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL,
                        Segment.of("plan", "basic"),
                        Segment.of("plan", "pro"),
                        Segment.of("plan", "trial"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("2.67"), // 80 × 7 / (7 × 30) = 2.666…
                        new BigDecimal("1.17"), // 15 × 7 / (3 × 30) = 1.166…
                        new BigDecimal("3.50"), // 60 × 7 / (4 × 30)
                        null); // the trial customer used the product without being active
    }
}
