package org.kizuna.metrics.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;
import static org.kizuna.metrics.advocacy.AdvocacyRows.participants;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class CommunityActivityTest {

    private final CommunityActivity community = new CommunityActivity();

    @Test
    void countsActiveCustomersWithACommunityActivityAndActivitiesPerMember() {
        MetricResult result = community
                .compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withActivity(customers(10).activeAtStart().activeAtEnd(), customers(5))
                                .withAdvocacy(new InMemoryAdvocacyInputs()
                                        .with(
                                                participants(2).active().inCommunity(7),
                                                participants(1).active().sharing(1),
                                                participants(2).inCommunity(3),
                                                participants(3).active().referring(3))))
                .get(0);

        // active members: 2 + 1 = 3 of 10 active → 30; members 2 + 1 + 2 = 5, activities 7 + 1 + 3 = 11
        assertThat(result.value()).isEqualByComparingTo("30.00");
        assertThat(result.numerator()).isEqualByComparingTo("3");
        assertThat(result.denominator()).isEqualByComparingTo("10");
        assertThat(result.parts().keySet()).containsExactly("activities_per_member", "members", "activities");
        assertThat(result.parts())
                .containsEntry("activities_per_member", new BigDecimal("2.20")) // 11 / 5
                .containsEntry("members", 5L)
                .containsEntry("activities", 11L);
    }

    @Test
    void reportsNoDataWithoutActiveCustomers() {
        MetricResult result =
                community.compute(Requests.wholeBase("2024-06"), inputs()).get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("activities_per_member", null);
    }

    @Test
    void breaksDownByTheMembersAttribute() {
        List<MetricResult> results = community.compute(
                Requests.brokenDownBy("region", "2024-06"),
                inputs().withActivity(
                                customers(4).activeAtStart().activeAtEnd().in("kanto"),
                                customers(3).activeAtStart().activeAtEnd().in("kansai"))
                        .withAdvocacy(new InMemoryAdvocacyInputs()
                                .with(
                                        participants(1).active().inCommunity(2).in("kanto"),
                                        participants(2).active().inCommunity(5).in("kansai"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("region", "kansai"), Segment.of("region", "kanto"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("42.86"), // 100 × 3 / 7 = 42.857…
                        new BigDecimal("66.67"), // 100 × 2 / 3 = 66.666…
                        new BigDecimal("25.00")); // 100 × 1 / 4
        assertThat(results)
                .extracting(result -> result.parts().get("activities_per_member"))
                .containsExactly(
                        new BigDecimal("2.33"), // 7 / 3 = 2.333…
                        new BigDecimal("2.50"), // 5 / 2
                        new BigDecimal("2.00")); // 2 / 1
    }
}
