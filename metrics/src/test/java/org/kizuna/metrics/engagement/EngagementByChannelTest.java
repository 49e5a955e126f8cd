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

class EngagementByChannelTest {

    private final EngagementByChannel byChannel = new EngagementByChannel();

    private static ChannelTally on(String segment, InteractionChannel channel, long interactions, long customers) {
        return new ChannelTally(segment, channel, interactions, customers);
    }

    @Test
    void measuresFrequencyAndReachOfEachChannel() {
        MetricResult result = byChannel
                .compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withActivity(customers(10).activeAtStart().activeAtEnd())
                                .withEngagement(new InMemoryEngagementInputs()
                                        .withSessions(sessions(40, 8)
                                                .events(200)
                                                .prompted(9, 8)
                                                .email(6, 3)
                                                .tally())
                                        .withChannels(
                                                on(null, InteractionChannel.SUPPORT, 15, 5),
                                                on(null, InteractionChannel.COMMUNITY, 12, 4),
                                                on(null, InteractionChannel.SOCIAL, 3, 2))))
                .get(0);

        // 200 events + 6 email sessions + 15 tickets + 12 community + 3 mentions = 236, over 10 active customers
        assertThat(result.value()).isEqualByComparingTo("23.60");
        assertThat(result.numerator()).isEqualByComparingTo("236");
        assertThat(result.denominator()).isEqualByComparingTo("10");
        assertThat(result.parts())
                .containsEntry("product_interactions", 200L)
                .containsEntry("product_per_customer", new BigDecimal("20.00"))
                .containsEntry("product_reach_pct", new BigDecimal("80.00")) // 100 × 8 / 10
                .containsEntry("email_interactions", 6L)
                .containsEntry("email_per_customer", new BigDecimal("0.60"))
                .containsEntry("email_reach_pct", new BigDecimal("30.00"))
                .containsEntry("support_per_customer", new BigDecimal("1.50"))
                .containsEntry("support_reach_pct", new BigDecimal("50.00"))
                .containsEntry("community_per_customer", new BigDecimal("1.20"))
                .containsEntry("community_reach_pct", new BigDecimal("40.00"))
                .containsEntry("social_per_customer", new BigDecimal("0.30"))
                .containsEntry("social_reach_pct", new BigDecimal("20.00"))
                .containsEntry("active_customers", 10L);
    }

    @Test
    void leavesAChannelWithoutAnyInputOutRatherThanCountingZero() {
        MetricResult result = byChannel
                .compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withActivity(customers(4).activeAtEnd())
                                .withEngagement(new InMemoryEngagementInputs()
                                        .withChannels(on(null, InteractionChannel.SUPPORT, 6, 3))))
                .get(0);

        assertThat(result.value()).isEqualByComparingTo("1.50"); // 6 / 4
        assertThat(result.parts())
                .containsEntry("product_interactions", null)
                .containsEntry("product_reach_pct", null)
                .containsEntry("community_per_customer", null)
                .containsEntry("support_reach_pct", new BigDecimal("75.00"));
    }

    @Test
    void reportsNoDataWithoutAnyChannelOrActiveCustomer() {
        assertThat(byChannel
                        .compute(
                                Requests.wholeBase("2024-06"),
                                inputs().withActivity(customers(4).activeAtEnd()))
                        .get(0)
                        .value())
                .isNull();
        assertThat(byChannel
                        .compute(
                                Requests.wholeBase("2024-06"),
                                inputs().withEngagement(new InMemoryEngagementInputs()
                                        .withChannels(on(null, InteractionChannel.SOCIAL, 2, 1))))
                        .get(0)
                        .value())
                .isNull();
    }

    @Test
    void breaksDownByPlanAcrossTheThreeTallies() {
        List<MetricResult> results = byChannel.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withActivity(
                                customers(2).activeAtStart().activeAtEnd().in("pro"),
                                customers(3).activeAtEnd().in("basic"))
                        .withEngagement(new InMemoryEngagementInputs()
                                .withSessions(
                                        sessions(5, 2).events(20).in("pro").tally())
                                .withChannels(
                                        on("basic", InteractionChannel.SUPPORT, 9, 3),
                                        on("pro", InteractionChannel.COMMUNITY, 4, 1))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("6.60"), // (20 + 9 + 4) / 5
                        new BigDecimal("3.00"), // 9 / 3
                        new BigDecimal("12.00")); // (20 + 4) / 2
        assertThat(results.get(1).parts()).containsEntry("product_reach_pct", new BigDecimal("0.00"));
    }
}
