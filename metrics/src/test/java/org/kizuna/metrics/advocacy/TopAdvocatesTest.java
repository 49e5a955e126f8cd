package org.kizuna.metrics.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.advocacy.AdvocacyRows.advocate;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class TopAdvocatesTest {

    private final TopAdvocates top = new TopAdvocates();

    @Test
    void ranksByReferralsThenConvertedThenCommunityThenSocialThenCustomerId() {
        MetricResult result = top.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                                .with(
                                        advocate("c3").referrals(2).community(5),
                                        advocate("c1")
                                                .named("Akira")
                                                .referrals(2)
                                                .converted(1),
                                        advocate("c2").community(3).social(1),
                                        advocate("c4").community(3).social(2),
                                        advocate("c5").social(1),
                                        advocate("c0").social(1))))
                .get(0);

        // c1 and c3 both 2 referrals, c1 converted one; c4 and c2 both 3 community, c4 2 mentions;
        // c0 and c5 tie on everything: c0 first by id
        assertThat(result.value()).isEqualByComparingTo("6");
        assertThat(result.unit()).isEqualTo("count");
        assertThat(IntStream.rangeClosed(1, 7).mapToObj(rank -> result.parts().get("rank_" + rank + "_customer_id")))
                .containsExactly("c1", "c3", "c4", "c2", "c0", "c5", null);
        assertThat(result.parts())
                .containsEntry("rank_1_name", "Akira")
                .containsEntry("rank_1_referrals", 2L)
                .containsEntry("rank_1_converted", 1L)
                .containsEntry("rank_1_community", 0L)
                .containsEntry("rank_1_social", 0L)
                .containsEntry("rank_2_name", null)
                .containsEntry("rank_3_community", 3L)
                .containsEntry("rank_3_social", 2L)
                .containsEntry("rank_7_referrals", null);
        assertThat(result.parts().keySet())
                .startsWith(
                        "rank_1_customer_id",
                        "rank_1_name",
                        "rank_1_referrals",
                        "rank_1_converted",
                        "rank_1_community",
                        "rank_1_social",
                        "rank_2_customer_id");
        assertThat(result.parts()).hasSize(60); // 10 ranks × 6 parts, whatever the number of advocates
    }

    @Test
    void listsTheTopTenAndCountsEveryAdvocate() {
        InMemoryAdvocacyInputs advocacy = new InMemoryAdvocacyInputs();
        IntStream.rangeClosed(1, 12)
                .forEach(n -> advocacy.with(advocate(String.format("c%02d", n)).referrals(20 - n)));

        MetricResult result = top.compute(Requests.wholeBase("2024-06"), inputs().withAdvocacy(advocacy))
                .get(0);

        assertThat(result.value()).isEqualByComparingTo("12");
        assertThat(result.parts())
                .containsEntry("rank_10_customer_id", "c10")
                .containsEntry("rank_10_referrals", 10L) // 20 − 10
                .doesNotContainKey("rank_11_customer_id");
    }

    @Test
    void ranksEachSegmentAmongItsOwnAndTheWholeBaseAmongEveryone() {
        InMemoryAdvocacyInputs advocacy =
                new InMemoryAdvocacyInputs().with(advocate("b1").referrals(5).in("basic"));
        // eleven pro advocates with one referral each: the store hands over only the ten best of them
        IntStream.rangeClosed(1, 11)
                .forEach(n -> advocacy.with(
                        advocate(String.format("p%02d", n)).referrals(1).in("pro")));

        List<MetricResult> results =
                top.compute(Requests.brokenDownBy("plan", "2024-06"), inputs().withAdvocacy(advocacy));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        MetricResult all = results.get(0);
        assertThat(all.value()).isEqualByComparingTo("12"); // 1 basic + 11 pro
        assertThat(all.parts())
                .containsEntry("rank_1_customer_id", "b1")
                .containsEntry("rank_2_customer_id", "p01")
                .containsEntry("rank_10_customer_id", "p09");
        assertThat(results.get(1).value()).isEqualByComparingTo("1");
        assertThat(results.get(1).parts())
                .containsEntry("rank_1_customer_id", "b1")
                .containsEntry("rank_2_customer_id", null);
        assertThat(results.get(2).value()).isEqualByComparingTo("11");
        assertThat(results.get(2).parts())
                .containsEntry("rank_1_customer_id", "p01")
                .containsEntry("rank_10_customer_id", "p10");
    }

    @Test
    void reportsNoDataWithoutAdvocates() {
        MetricResult result =
                top.compute(Requests.wholeBase("2024-06"), inputs()).get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts())
                .hasSize(60)
                .allSatisfy((name, value) -> assertThat(value).isNull());
    }
}
