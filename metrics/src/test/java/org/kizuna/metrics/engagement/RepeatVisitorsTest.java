package org.kizuna.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.engagement.EngagementRows.activeOn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.domain.Period;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class RepeatVisitorsTest {

    private static final Period JUNE = Period.range(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30));
    private static final Period Q2 = Period.range(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30));

    private final RepeatVisitors repeat = new RepeatVisitors();

    @Test
    void dividesUsersActiveOnTwoDaysOrMoreByTheActiveUsers() {
        MetricResult result = repeat.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withEngagement(new InMemoryEngagementInputs()
                                .withActiveUsers(
                                        activeOn(JUNE).users(10, 140).repeat(4).tally())))
                .get(0);

        assertThat(result.value()).isEqualByComparingTo("40.00"); // 100 × 4 / 10
        assertThat(result.numerator()).isEqualByComparingTo("4");
        assertThat(result.denominator()).isEqualByComparingTo("10");
        assertThat(result.parts()).containsEntry("active_users", 10L).containsEntry("repeat_users", 4L);
    }

    @Test
    void countsOverTheWholePeriodNotItsMonths() {
        Period april = Period.range(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30));
        MetricResult result = repeat.compute(
                        Requests.wholeBase("2024-Q2"),
                        inputs().withEngagement(new InMemoryEngagementInputs()
                                .withActiveUsers(
                                        activeOn(april).users(8, 8).repeat(0).tally(),
                                        activeOn(Q2).users(8, 20).repeat(5).tally())))
                .get(0);

        // each user came once in April, but 5 of the 8 came back later in the quarter: 100 × 5 / 8
        assertThat(result.value()).isEqualByComparingTo("62.50");
    }

    @Test
    void reportsNoDataWithoutActiveUsers() {
        MetricResult result =
                repeat.compute(Requests.wholeBase("2024-06"), inputs()).get(0);

        assertThat(result.value()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("0");
    }

    @Test
    void breaksDownByPlan() {
        List<MetricResult> results = repeat.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withEngagement(new InMemoryEngagementInputs()
                        .withActiveUsers(
                                activeOn(JUNE).users(6, 30).repeat(3).in("pro").tally(),
                                activeOn(JUNE).users(2, 2).repeat(0).in(null).tally())));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "pro"), Segment.of("plan", null));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("37.50"), // 100 × 3 / 8
                        new BigDecimal("50.00"), // 100 × 3 / 6
                        new BigDecimal("0.00")); // 100 × 0 / 2
    }
}
