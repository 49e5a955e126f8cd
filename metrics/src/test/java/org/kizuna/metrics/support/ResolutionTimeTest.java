package org.kizuna.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

/** The workspace's resolution target is the US default, 24 hours. */
class ResolutionTimeTest {

    private final ResolutionTime resolution = new ResolutionTime();

    @Test
    void measuresTheResolvedTicketsAgainstTheResolutionTarget() {
        MetricResult result = resolution
                .compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withSupport(new InMemorySupportInputs()
                                .withTimes(TicketClock.FIRST_RESPONSE, new TicketTimeCount(null, 60L, 9))
                                .withTimes(
                                        TicketClock.RESOLUTION,
                                        new TicketTimeCount(null, 3600L, 1), // 1 h
                                        new TicketTimeCount(null, 86400L, 2), // 24 h, exactly the target
                                        new TicketTimeCount(null, 90000L, 1), // 25 h
                                        new TicketTimeCount(null, null, 4))))
                .get(0);

        // sorted hours 1 24 24 25 (n = 4): median at rank 1.5, between 24 and 24
        assertThat(result.value()).isEqualByComparingTo("24.00");
        assertThat(result.parts().keySet())
                .containsExactly("mean_hours", "p90_hours", "within_target_pct", "tickets", "unresolved");
        assertThat(result.parts())
                .containsEntry("mean_hours", new BigDecimal("18.50")) // (1 + 24 + 24 + 25) / 4 = 74 / 4
                .containsEntry("p90_hours", new BigDecimal("24.70")) // rank 2.7: 24 + 0.7 × (25 − 24)
                .containsEntry("within_target_pct", new BigDecimal("75.00")) // 1 24 24 of 4 at or below 24 h
                .containsEntry("tickets", 4L)
                .containsEntry("unresolved", 4L);
        assertThat(result.convention()).contains("at or below 24 hours").contains("resolution");
    }

    @Test
    void reportsNoDataWhenNothingIsResolved() {
        MetricResult result = resolution
                .compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withSupport(new InMemorySupportInputs()
                                .withTimes(TicketClock.RESOLUTION, new TicketTimeCount(null, null, 3))))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("unresolved", 3L).containsEntry("p90_hours", null);
    }

    @Test
    void breaksDownByChannel() {
        List<MetricResult> results = resolution.compute(
                Requests.brokenDownBy("channel", "2024-06"),
                inputs().withSupport(new InMemorySupportInputs()
                        .withTimes(
                                TicketClock.RESOLUTION,
                                new TicketTimeCount("web", 7200L, 1), // 2 h
                                new TicketTimeCount("phone", 3600L, 3), // 1 h
                                new TicketTimeCount("phone", null, 2))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("channel", "phone"), Segment.of("channel", "web"));
        // all: 1 1 1 2 → median at rank 1.5 between 1 and 1; phone 1 1 1; web 2
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(new BigDecimal("1.00"), new BigDecimal("1.00"), new BigDecimal("2.00"));
        assertThat(results)
                .extracting(result -> result.parts().get("unresolved"))
                .containsExactly(2L, 2L, 0L);
    }
}
