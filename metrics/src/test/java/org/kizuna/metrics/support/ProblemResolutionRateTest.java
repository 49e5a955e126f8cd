package org.kizuna.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class ProblemResolutionRateTest {

    private final ProblemResolutionRate rate = new ProblemResolutionRate();

    private static TicketOutcomeCount tickets(
            String channel, long count, boolean resolved, boolean reopened, String resolution) {
        return new TicketOutcomeCount(channel, resolved, reopened, resolution, count);
    }

    private MetricResult wholeBase(InMemorySupportInputs support) {
        return rate.compute(Requests.wholeBase("2024-06"), inputs().withSupport(support))
                .get(0);
    }

    @Test
    void countsResolvedTicketsNeverReopenedOverAllOpened() {
        MetricResult result = wholeBase(new InMemorySupportInputs()
                .withOutcomes(
                        tickets(null, 5, true, false, "agent"),
                        tickets(null, 3, true, false, "self_service"),
                        tickets(null, 2, true, true, "agent"),
                        tickets(null, 1, true, true, "self_service"),
                        tickets(null, 1, true, false, null),
                        tickets(null, 4, false, false, null),
                        tickets(null, 1, false, true, "agent"),
                        tickets(null, 2, false, false, "self_service")));

        // opened 5 + 3 + 2 + 1 + 1 + 4 + 1 + 2 = 19; resolved and not reopened 5 + 3 + 1 = 9
        assertThat(result.numerator()).isEqualByComparingTo("9");
        assertThat(result.denominator()).isEqualByComparingTo("19");
        assertThat(result.value()).isEqualByComparingTo("47.37"); // 100 × 9 / 19 = 47.368…
        assertThat(result.parts().keySet())
                .containsExactly(
                        "self_service_pct", "opened", "resolved", "reopened", "resolved_not_reopened", "self_service");
        assertThat(result.parts())
                // resolved 5 + 3 + 2 + 1 + 1 = 12, self-service among them 3 + 1 (the 2 unresolved do not count)
                .containsEntry("self_service_pct", new BigDecimal("33.33")) // 100 × 4 / 12
                .containsEntry("opened", 19L)
                .containsEntry("resolved", 12L)
                .containsEntry("reopened", 4L) // 2 + 1 + 1
                .containsEntry("resolved_not_reopened", 9L)
                .containsEntry("self_service", 4L);
    }

    @Test
    void reportsNoDataWithoutTicketsAndNoSelfServiceShareWithoutResolvedOnes() {
        assertThat(wholeBase(new InMemorySupportInputs()).value()).isNull();

        MetricResult open = wholeBase(new InMemorySupportInputs().withOutcomes(tickets(null, 3, false, false, null)));
        assertThat(open.value()).isEqualByComparingTo("0.00"); // 100 × 0 / 3
        assertThat(open.parts()).containsEntry("self_service_pct", null);
    }

    @Test
    void breaksDownByChannel() {
        List<MetricResult> results = rate.compute(
                Requests.brokenDownBy("channel", "2024-06"),
                inputs().withSupport(new InMemorySupportInputs()
                        .withOutcomes(
                                tickets("email", 3, true, false, "agent"),
                                tickets("email", 1, false, false, null),
                                tickets("chat", 1, true, true, "agent"),
                                tickets("chat", 1, true, false, "self_service"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("channel", "chat"), Segment.of("channel", "email"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("66.67"), // (3 + 1) / 6
                        new BigDecimal("50.00"), // 1 / 2
                        new BigDecimal("75.00")); // 3 / 4
    }
}
