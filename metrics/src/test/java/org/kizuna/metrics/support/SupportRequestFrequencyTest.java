package org.kizuna.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.ActivityBasis;
import org.kizuna.metrics.InMemoryInputs;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class SupportRequestFrequencyTest {

    private final SupportRequestFrequency frequency = new SupportRequestFrequency();

    private static TicketOutcomeCount opened(String plan, long tickets) {
        return new TicketOutcomeCount(plan, false, false, null, tickets);
    }

    /** 10 active at both ends, 2 active only in between, 3 never active: 12 active during the period. */
    private static InMemoryInputs twelveActive(InMemorySupportInputs support) {
        return inputs().withActivity(
                        customers(10).activeAtStart().activeAtEnd(),
                        customers(2).activeDuring(),
                        customers(3))
                .withSupport(support);
    }

    private MetricResult in(String period, InMemoryInputs inputs) {
        return frequency.compute(Requests.wholeBase(period), inputs).get(0);
    }

    @Test
    void dividesTicketsByCustomersActiveDuringTheMonth() {
        MetricResult result = in(
                "2024-06",
                twelveActive(new InMemorySupportInputs()
                        .withOutcomes(
                                new TicketOutcomeCount(null, true, false, "agent", 20),
                                new TicketOutcomeCount(null, false, false, null, 10))));

        assertThat(result.value()).isEqualByComparingTo("2.50"); // 30 / 12 / 1 month
        assertThat(result.unit()).isEqualTo("per_customer");
        assertThat(result.numerator()).isEqualByComparingTo("30");
        assertThat(result.denominator()).isEqualByComparingTo("12");
        assertThat(result.parts())
                .containsEntry("tickets", 30L)
                .containsEntry("active_customers", 12L)
                .containsEntry("months", new BigDecimal("1.00"));
        assertThat(result.convention()).startsWith(new ActivityBasis.Subscriptions().describe());
    }

    @Test
    void countsPerMonthOverLongerAndShorterPeriods() {
        InMemoryInputs inputs = twelveActive(new InMemorySupportInputs().withOutcomes(opened(null, 30)));

        // a quarter is 3 months: 30 / 12 / 3 = 0.8333…
        assertThat(in("2024-Q2", inputs).value()).isEqualByComparingTo("0.83");
        // a week is 7 / 30.4375 months: 30 × 30.4375 / (12 × 7) = 913.125 / 84 = 10.870…
        MetricResult week = in("2024-W23", inputs);
        assertThat(week.value()).isEqualByComparingTo("10.87");
        assertThat(week.parts()).containsEntry("months", new BigDecimal("0.23"));
    }

    @Test
    void isZeroInAQuietMonthButNoDataWithoutAnyTicketInTheWorkspace() {
        assertThat(in("2024-06", twelveActive(new InMemorySupportInputs().withTickets()))
                        .value())
                .isEqualByComparingTo("0.00");

        MetricResult unknown = in("2024-06", twelveActive(new InMemorySupportInputs()));
        assertThat(unknown.value()).isNull();
        assertThat(unknown.numerator()).isNull();
        assertThat(unknown.convention()).contains("no tickets in the workspace");
    }

    @Test
    void reportsNoDataWithoutActiveCustomers() {
        MetricResult result = in(
                "2024-06",
                inputs().withActivity(customers(4).acquired())
                        .withSupport(new InMemorySupportInputs().withOutcomes(opened(null, 5))));

        assertThat(result.value()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("0");
    }

    @Test
    void breaksDownByCustomerSegmentIncludingOnesWithoutTickets() {
        List<MetricResult> results = frequency.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withActivity(
                                customers(4).activeAtStart().activeAtEnd().in("pro"),
                                customers(5).activeAtStart().in("basic"))
                        .withSupport(new InMemorySupportInputs().withOutcomes(opened("pro", 6), opened("trial", 2))));

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
                        new BigDecimal("0.89"), // (6 + 2) / 9 = 0.888…
                        new BigDecimal("0.00"), // 0 / 5
                        new BigDecimal("1.50"), // 6 / 4
                        null); // 2 tickets, nobody active
    }

    @Test
    void isAPerCustomerFigureWhereLowerIsBetterOverCustomersOnly() {
        assertThat(SupportRequestFrequency.DEFINITION.higherIsBetter()).isFalse();
        assertThat(SupportRequestFrequency.DEFINITION.breaksDownBy("channel")).isFalse();
    }
}
