package org.kizuna.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.engagement.EngagementRows.sessions;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class VoluntaryUsageTest {

    private final VoluntaryUsage voluntary = new VoluntaryUsage();

    @Test
    void sharesOfSessionsAndCustomersNotPromptedByOutreach() {
        MetricResult result = voluntary
                .compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withEngagement(new InMemoryEngagementInputs()
                                .withSessions(sessions(50, 8).prompted(10, 6).tally())))
                .get(0);

        assertThat(result.value()).isEqualByComparingTo("80.00"); // 100 × (50 − 10) / 50
        assertThat(result.numerator()).isEqualByComparingTo("40");
        assertThat(result.denominator()).isEqualByComparingTo("50");
        assertThat(result.parts().keySet())
                .containsExactly(
                        "sessions",
                        "self_initiated_sessions",
                        "self_initiated_customers_pct",
                        "customers_with_sessions",
                        "self_initiated_customers");
        assertThat(result.parts())
                .containsEntry("self_initiated_sessions", 40L)
                .containsEntry("self_initiated_customers_pct", new BigDecimal("75.00")); // 100 × 6 / 8
    }

    @Test
    void reportsNoDataWithoutSessions() {
        MetricResult result =
                voluntary.compute(Requests.wholeBase("2024-06"), inputs()).get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("self_initiated_customers_pct", null);
    }

    @Test
    void breaksDownByChannelReadingTheWholeBaseUnsummed() {
        // a session begun on the web and continued on mobile is one of each channel's, one of the whole base's
        List<MetricResult> results = voluntary.compute(
                Requests.brokenDownBy("channel", "2024-06"),
                inputs().withEngagement(new InMemoryEngagementInputs()
                        .withSessions(
                                sessions(30, 5).prompted(3, 5).in("web").tally(),
                                sessions(10, 4).prompted(5, 2).in("mobile").tally())
                        .withWholeBaseSessions(sessions(38, 6).prompted(7, 6).tally())));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("channel", "mobile"), Segment.of("channel", "web"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("81.58"), // 100 × 31 / 38 = 81.578…, not 100 × 32 / 40
                        new BigDecimal("50.00"), // 100 × 5 / 10
                        new BigDecimal("90.00")); // 100 × 27 / 30
    }
}
