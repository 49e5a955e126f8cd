package org.kizuna.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.engagement.EngagementRows.activeCustomers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kizuna.domain.Period;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

/**
 * Five active customers, A and B on pro, C, D and E on basic:
 * <pre>
 *             A   B   C   D   E    ranked: customers with a strictly lower value
 * sessions   10   4   4   0   1    A 4, B 2, C 2, D 0, E 1   pro 6, basic 3
 * features    3   3   1   0   2    A 3, B 3, C 1, D 0, E 2   pro 6, basic 3
 * social      0   2   0   0   5    A 0, B 3, C 0, D 0, E 4   pro 3, basic 4
 * tickets     1   0   3   0   0    A 3, B 0, C 4, D 0, E 0   pro 3, basic 4
 * </pre>
 * A customer scores 100 × rank / (5 − 1) on each component.
 */
class EngagementScoreTest {

    private final EngagementScore score = new EngagementScore();

    private static InMemoryEngagementInputs fiveCustomers() {
        return new InMemoryEngagementInputs()
                .recording(
                        InteractionChannel.PRODUCT,
                        InteractionChannel.COMMUNITY,
                        InteractionChannel.SOCIAL,
                        InteractionChannel.SUPPORT)
                .withCustomers(
                        activeCustomers(2)
                                .sessions(14, 6)
                                .features(6, 6)
                                .social(2, 3)
                                .tickets(1, 3)
                                .in("pro")
                                .tally(),
                        activeCustomers(3)
                                .sessions(5, 3)
                                .features(3, 3)
                                .social(5, 4)
                                .tickets(3, 4)
                                .in("basic")
                                .tally());
    }

    @Test
    void averagesTheWeightedPercentileRanksOverActiveCustomers() {
        MetricResult result = score.compute(Requests.wholeBase("2024-06"), inputs().withEngagement(fiveCustomers()))
                .get(0);

        // frequency 100 × 9 / (4 × 5) = 45, breadth 45, social 100 × 7 / 20 = 35, support 35; equal weights
        assertThat(result.value()).isEqualByComparingTo("40.00"); // (45 + 45 + 35 + 35) / 4
        assertThat(result.unit()).isEqualTo("score");
        assertThat(result.denominator()).isEqualByComparingTo("5");
        assertThat(result.parts())
                .containsEntry("customers", 5L)
                .containsEntry("frequency_score", new BigDecimal("45.00"))
                .containsEntry("breadth_score", new BigDecimal("45.00"))
                .containsEntry("social_score", new BigDecimal("35.00"))
                .containsEntry("support_score", new BigDecimal("35.00"))
                .containsEntry("sessions_per_customer", new BigDecimal("3.80")) // 19 / 5
                .containsEntry("features_per_customer", new BigDecimal("1.80")) // 9 / 5
                .containsEntry("social_activities_per_customer", new BigDecimal("1.40")) // 7 / 5
                .containsEntry("tickets_per_customer", new BigDecimal("0.80")); // 4 / 5
        assertThat(result.convention()).contains("among the 5 customers", "more tickets ranking higher");
    }

    @Test
    void ranksSegmentsAgainstTheWholeBase() {
        List<MetricResult> results =
                score.compute(Requests.brokenDownBy("plan", "2024-06"), inputs().withEngagement(fiveCustomers()));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        // basic: 100 × 3 / (4 × 3) = 25, 25, 100 × 4 / 12 = 33.333…, 33.333… → 29.166… → 29.17
        // pro: 100 × 6 / (4 × 2) = 75, 75, 100 × 3 / 8 = 37.5, 37.5 → 56.25
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(new BigDecimal("40.00"), new BigDecimal("29.17"), new BigDecimal("56.25"));
        assertThat(results.get(2).parts()).containsEntry("social_score", new BigDecimal("37.50"));
    }

    @Test
    void weighsTheComponentsAsTheWorkspaceSays() {
        MetricRequest weighted = new MetricRequest(
                Period.parse("2024-06"),
                Optional.empty(),
                Requests.SETTINGS.withConventions(Requests.SETTINGS
                        .conventions()
                        .withEngagementWeights(Map.of(
                                "frequency", BigDecimal.valueOf(2),
                                "breadth", BigDecimal.ONE,
                                "social", BigDecimal.ONE,
                                "support", BigDecimal.ZERO))));

        MetricResult result = score.compute(weighted, inputs().withEngagement(fiveCustomers()))
                .get(0);

        // (2 × 45 + 45 + 35 + 0 × 35) / (2 + 1 + 1 + 0) = 170 / 4 = 42.5
        assertThat(result.value()).isEqualByComparingTo("42.50");
        assertThat(result.convention()).contains("weights frequency 2, breadth 1, social 1, support 0");
    }

    @Test
    void leavesOutAComponentWithoutAnyInputInTheWorkspace() {
        InMemoryEngagementInputs withoutTickets = new InMemoryEngagementInputs()
                .recording(InteractionChannel.PRODUCT, InteractionChannel.COMMUNITY)
                .withCustomers(activeCustomers(5)
                        .sessions(19, 9)
                        .features(9, 9)
                        .social(7, 7)
                        .tally());

        MetricResult result = score.compute(Requests.wholeBase("2024-06"), inputs().withEngagement(withoutTickets))
                .get(0);

        // (45 + 45 + 35) / 3 = 41.666… → 41.67, rather than (45 + 45 + 35 + 0) / 4
        assertThat(result.value()).isEqualByComparingTo("41.67");
        assertThat(result.parts()).containsEntry("support_score", null).containsEntry("tickets_per_customer", null);
        assertThat(result.convention()).contains("left out for lack of any input in the workspace: support");
    }

    @Test
    void needsTwoCustomersToRank() {
        MetricResult result = score.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withEngagement(new InMemoryEngagementInputs()
                                .recording(InteractionChannel.PRODUCT)
                                .withCustomers(activeCustomers(1).sessions(8, 0).tally())))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("customers", 1L).containsEntry("frequency_score", null);
    }

    @Test
    void reportsNoDataWithoutActiveCustomers() {
        MetricResult result = score.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withEngagement(new InMemoryEngagementInputs().recording(InteractionChannel.PRODUCT)))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("0");
    }
}
