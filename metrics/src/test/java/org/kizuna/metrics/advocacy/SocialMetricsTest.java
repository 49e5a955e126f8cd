package org.kizuna.metrics.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.advocacy.AdvocacyRows.mentions;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class SocialMetricsTest {

    private final SocialMetrics social = new SocialMetrics();

    @Test
    void countsMentionsWithTheirReactionsAndPerChannel() {
        MetricResult result = social.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                                .with(
                                        mentions(3, "x").reactions(10, 2, 1),
                                        mentions(1, "LinkedIn").reactions(4, 0, 0),
                                        mentions(2, "X ").reactions(1, 1, 1))))
                .get(0);

        // 3 + 1 + 2 = 6 mentions; likes 10 + 4 + 1, shares 2 + 0 + 1, comments 1 + 0 + 1; "X " is x
        assertThat(result.value()).isEqualByComparingTo("6");
        assertThat(result.unit()).isEqualTo("count");
        assertThat(result.parts().keySet())
                .containsExactly("likes", "shares", "comments", "channel_linkedin_mentions", "channel_x_mentions");
        assertThat(result.parts())
                .containsEntry("likes", 15L)
                .containsEntry("shares", 3L)
                .containsEntry("comments", 2L)
                .containsEntry("channel_linkedin_mentions", 1L)
                .containsEntry("channel_x_mentions", 5L);
    }

    @Test
    void namesChannelPartsInSnakeCase() {
        assertThat(SocialMetrics.partName("X (Twitter)")).isEqualTo("x_twitter");
        assertThat(SocialMetrics.partName("Facebook Page")).isEqualTo("facebook_page");
        assertThat(SocialMetrics.partName("ｎｏｔｅ")).isEqualTo("note"); // full-width letters
        assertThat(SocialMetrics.partName("ノート")).isEqualTo("ノート");
        assertThat(SocialMetrics.partName("--")).isEqualTo("other");
    }

    @Test
    void putsMentionsWithoutACustomerInTheSegmentWithoutAValue() {
        List<MetricResult> results = social.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                        .with(mentions(2, "x").in("pro"), mentions(1, "x").in(null))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "pro"), Segment.of("plan", null));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("1"));
    }

    @Test
    void breaksDownByChannel() {
        assertThat(SocialMetrics.DEFINITION.breaksDownBy("channel")).isTrue();
        List<MetricResult> results = social.compute(
                Requests.brokenDownBy("channel", "2024-06"),
                inputs().withAdvocacy(new InMemoryAdvocacyInputs()
                        .with(
                                mentions(2, "x").in("x"),
                                mentions(4, "note").reactions(8, 0, 0).in("note"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("channel", "note"), Segment.of("channel", "x"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(new BigDecimal("6"), new BigDecimal("4"), new BigDecimal("2"));
        assertThat(results.get(1).parts()).containsEntry("likes", 8L).containsEntry("channel_note_mentions", 4L);
    }

    @Test
    void reportsNoDataWithoutMentions() {
        MetricResult result =
                social.compute(Requests.wholeBase("2024-06"), inputs()).get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("likes", 0L);
    }
}
