package org.kizuna.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

/** The workspace's first-response target is the US default, 4 hours. */
class FirstResponseTimeTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final FirstResponseTime firstResponse = new FirstResponseTime();

    private static TicketTimeCount answered(String channel, long seconds, long tickets) {
        return new TicketTimeCount(channel, seconds, tickets);
    }

    private static TicketTimeCount unanswered(long tickets) {
        return new TicketTimeCount(null, null, tickets);
    }

    private MetricResult wholeBase(InMemorySupportInputs support) {
        return firstResponse.compute(JUNE, inputs().withSupport(support)).get(0);
    }

    @Test
    void takesTheMedianOfTheAnsweredTicketsWithMeanP90AndShareWithinTarget() {
        MetricResult result = wholeBase(new InMemorySupportInputs()
                .withTimes(
                        TicketClock.FIRST_RESPONSE,
                        answered(null, 1800, 2), // 0.5 h
                        answered(null, 7200, 1), // 2 h
                        answered(null, 14400, 1), // 4 h, exactly the target
                        answered(null, 14401, 1), // one second over it
                        answered(null, 36000, 1), // 10 h
                        unanswered(3)));

        // sorted hours 0.5 0.5 2 4 4.0003 10 (n = 6): median at rank 0.5 × 5 = 2.5, between 2 and 4 → 3
        assertThat(result.value()).isEqualByComparingTo("3.00");
        assertThat(result.unit()).isEqualTo("hours");
        assertThat(result.parts().keySet())
                .containsExactly("mean_hours", "p90_hours", "within_target_pct", "tickets", "unanswered");
        assertThat(result.parts())
                // (1800 × 2 + 7200 + 14400 + 14401 + 36000) s / 6 = 75601 / 6 s = 3.50005 h
                .containsEntry("mean_hours", new BigDecimal("3.50"))
                // rank 0.9 × 5 = 4.5: 4.000278 + 0.5 × (10 − 4.000278) = 7.000139
                .containsEntry("p90_hours", new BigDecimal("7.00"))
                // at or below 4 h: 0.5 0.5 2 4 → 100 × 4 / 6 = 66.666…
                .containsEntry("within_target_pct", new BigDecimal("66.67"))
                .containsEntry("tickets", 6L)
                .containsEntry("unanswered", 3L);
        assertThat(result.numerator()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("6");
        assertThat(result.convention()).contains("at or below 4 hours").contains("unanswered");
    }

    @Test
    void readsTheFirstReplyClockOnly() {
        MetricResult result = wholeBase(new InMemorySupportInputs()
                .withTimes(TicketClock.RESOLUTION, answered(null, 3600, 5))
                .withTimes(TicketClock.FIRST_RESPONSE, answered(null, 900, 1)));

        assertThat(result.value()).isEqualByComparingTo("0.25"); // 900 s / 3600
        assertThat(result.parts()).containsEntry("tickets", 1L);
    }

    @Test
    void reportsNoDataWithoutTickets() {
        MetricResult result = wholeBase(new InMemorySupportInputs());

        assertThat(result.value()).isNull();
        assertThat(result.parts())
                .containsEntry("mean_hours", null)
                .containsEntry("p90_hours", null)
                .containsEntry("within_target_pct", null)
                .containsEntry("tickets", 0L)
                .containsEntry("unanswered", 0L);
    }

    @Test
    void reportsNoDataWhenNoTicketIsAnsweredYetButCountsTheWaitingOnes() {
        MetricResult result =
                wholeBase(new InMemorySupportInputs().withTimes(TicketClock.FIRST_RESPONSE, unanswered(2)));

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("unanswered", 2L).containsEntry("tickets", 0L);
    }

    @Test
    void breaksDownByChannelWithTheWholeBaseMedianOverAllTickets() {
        List<MetricResult> results = firstResponse.compute(
                Requests.brokenDownBy("channel", "2024-06"),
                inputs().withSupport(new InMemorySupportInputs()
                        .withTimes(
                                TicketClock.FIRST_RESPONSE,
                                answered("email", 7200, 1), // 2 h
                                answered("email", 36000, 1), // 10 h
                                answered("chat", 3600, 1), // 1 h
                                answered("chat", 10800, 1), // 3 h
                                answered(null, 18000, 1)))); // 5 h, no channel

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL,
                        Segment.of("channel", "chat"),
                        Segment.of("channel", "email"),
                        Segment.of("channel", null));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("3.00"), // 1 2 3 5 10: the middle one, not a mean of segment medians
                        new BigDecimal("2.00"), // (1 + 3) / 2
                        new BigDecimal("6.00"), // (2 + 10) / 2
                        new BigDecimal("5.00"));
        // within 4 h: 1 2 3 of 5 → 60 %; chat both → 100 %; email 2 h only → 50 %
        assertThat(results)
                .extracting(result -> result.parts().get("within_target_pct"))
                .containsExactly(
                        new BigDecimal("60.00"),
                        new BigDecimal("100.00"),
                        new BigDecimal("50.00"),
                        new BigDecimal("0.00"));
    }

    @Test
    void isAnHourFigureWhereLowerIsBetterAndBreaksDownByChannel() {
        assertThat(FirstResponseTime.DEFINITION.higherIsBetter()).isFalse();
        assertThat(FirstResponseTime.DEFINITION.breaksDownBy("channel")).isTrue();
        assertThat(FirstResponseTime.DEFINITION.breaksDownBy("touchpoint")).isFalse();
    }
}
