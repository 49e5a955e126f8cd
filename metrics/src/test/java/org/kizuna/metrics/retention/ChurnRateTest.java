package org.kizuna.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kizuna.domain.MetricConventions;
import org.kizuna.domain.MetricConventions.ChurnDenominator;
import org.kizuna.domain.Period;
import org.kizuna.metrics.ActivityBasis;
import org.kizuna.metrics.InMemoryInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class ChurnRateTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final ChurnRate churn = new ChurnRate();

    private MetricResult wholeBase(InMemoryInputs inputs) {
        return churn.compute(JUNE, inputs).get(0);
    }

    @Test
    void leavesCustomersAcquiredDuringThePeriodOutOfTheDenominator() {
        // 003's example: 100 customers at the start, 5 lost, 10 gained.
        MetricResult result = wholeBase(inputs().withActivity(
                        customers(95).activeAtStart().activeAtEnd(),
                        customers(5).activeAtStart(),
                        customers(10).acquired().activeAtEnd()));

        // 100 × 5 / 100 = 5, not 100 × 5 / 110 = 4.55
        assertThat(result.value()).isEqualByComparingTo("5.00");
        assertThat(result.unit()).isEqualTo("percent");
        assertThat(result.numerator()).isEqualByComparingTo("5");
        assertThat(result.denominator()).isEqualByComparingTo("100");
        assertThat(result.parts().keySet())
                .containsExactly("active_at_start", "lost", "acquired", "acquired_lost", "active_at_end");
        assertThat(result.parts())
                .containsEntry("active_at_start", 100L)
                .containsEntry("lost", 5L)
                .containsEntry("acquired", 10L)
                .containsEntry("acquired_lost", 0L)
                .containsEntry("active_at_end", 105L); // 95 + 10
    }

    @Test
    void countsACustomerAcquiredAndLostWithinThePeriodInNeitherCount() {
        MetricResult result = wholeBase(inputs().withActivity(
                        customers(11).activeAtStart().activeAtEnd(),
                        customers(2).activeAtStart(),
                        customers(3).acquired()));

        // 100 × 2 / (11 + 2) = 15.384… → 15.38; counting the 3 would give 100 × 5 / 16 = 31.25
        assertThat(result.value()).isEqualByComparingTo("15.38");
        assertThat(result.numerator()).isEqualByComparingTo("2");
        assertThat(result.denominator()).isEqualByComparingTo("13");
        assertThat(result.parts()).containsEntry("acquired", 3L);
    }

    @Test
    void reportsNoDataWhenNobodyWasActiveAtTheStart() {
        MetricResult result =
                wholeBase(inputs().withActivity(customers(7).acquired().activeAtEnd()));

        assertThat(result.value()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("0");
    }

    @Test
    void statesHowActivityWasJudged() {
        MetricResult result = wholeBase(inputs().withActivityBasis(new ActivityBasis.Purchases(90))
                .withActivity(customers(3).activeAtStart()));

        assertThat(result.convention())
                .startsWith(new ActivityBasis.Purchases(90).describe() + "; denominator = start: customers active at"
                        + " the start (on the day before the period's first day)");
    }

    private static MetricRequest startPlusAcquired(String period, Optional<String> by) {
        return new MetricRequest(
                Period.parse(period),
                by,
                Requests.SETTINGS.withConventions(
                        MetricConventions.defaults().withChurnDenominator(ChurnDenominator.START_PLUS_ACQUIRED)));
    }

    @Test
    void countsAcquiredCustomersInBothCountsWhenTheWorkspaceSaysSo() {
        InMemoryInputs inputs = inputs().withActivity(
                        customers(95).activeAtStart().activeAtEnd(),
                        customers(5).activeAtStart(),
                        customers(10).acquired().activeAtEnd(),
                        customers(3).acquired());

        MetricResult start = wholeBase(inputs);
        MetricResult plusAcquired = churn.compute(startPlusAcquired("2024-06", Optional.empty()), inputs)
                .get(0);

        // start: 100 × 5 / 100 = 5; start plus acquired: 100 × (5 + 3) / (100 + 13) = 7.079… → 7.08
        assertThat(start.value()).isEqualByComparingTo("5.00");
        assertThat(plusAcquired.value()).isEqualByComparingTo("7.08");
        assertThat(plusAcquired.numerator()).isEqualByComparingTo("8");
        assertThat(plusAcquired.denominator()).isEqualByComparingTo("113");
        assertThat(plusAcquired.parts()).containsEntry("acquired", 13L).containsEntry("acquired_lost", 3L);
        assertThat(start.parts()).containsEntry("acquired_lost", 3L);
        assertThat(plusAcquired.convention()).contains("denominator = start_plus_acquired");
    }

    @Test
    void countsACustomerAcquiredYetActiveTheDayBeforeOnceUnderStartPlusAcquired() {
        List<MetricResult> results = churn.compute(
                startPlusAcquired("2024-06", Optional.of("plan")),
                inputs().withActivity(
                                customers(4)
                                        .acquired()
                                        .activeAtStart()
                                        .activeAtEnd()
                                        .in("pro"),
                                customers(6).activeAtStart().activeAtEnd().in("pro"),
                                customers(1).activeAtStart().in("pro"),
                                customers(2).acquired().in("basic")));

        // whole base: active at start 4 + 6 + 1 = 11 plus 2 acquired newcomers = 13; lost 1 + 2 = 3
        // → 100 × 3 / 13 = 23.076… → 23.08; basic: 100 × 2 / 2; pro: 100 × 1 / 11 = 9.090… → 9.09
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(new BigDecimal("23.08"), new BigDecimal("100.00"), new BigDecimal("9.09"));
        assertThat(results.get(0).denominator()).isEqualByComparingTo("13");
    }

    @Test
    void breaksDownBySegmentWithCountsAddingUpToTheWholeBase() {
        List<MetricResult> results = churn.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withActivity(
                                customers(13).activeAtStart().activeAtEnd().in("pro"),
                                customers(2).activeAtStart().in("pro"),
                                customers(7).activeAtStart().activeAtEnd().in("basic"),
                                customers(3).activeAtStart().in("basic"),
                                customers(5).activeAtStart().activeAtEnd().in(null),
                                customers(1).activeAtStart().in(null)));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"), Segment.of("plan", null));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("19.35"), // 100 × (2 + 3 + 1) / (15 + 10 + 6) = 19.354…
                        new BigDecimal("30.00"), // 100 × 3 / 10
                        new BigDecimal("13.33"), // 100 × 2 / 15 = 13.333…
                        new BigDecimal("16.67")); // 100 × 1 / 6 = 16.666…
        List<MetricResult> segments = results.subList(1, results.size());
        assertThat(segments.stream().map(MetricResult::numerator).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(results.get(0).numerator());
        assertThat(segments.stream().map(MetricResult::denominator).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(results.get(0).denominator());
    }
}
