package org.kizuna.metrics.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.ActivityBasis;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class FeedbackRateTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final FeedbackRate feedback = new FeedbackRate();

    private MetricResult wholeBase(InMemoryVoiceInputs voice) {
        return feedback.compute(JUNE, inputs().withVoice(voice)).get(0);
    }

    private static FeedbackTally active(long customers, boolean responded, long responses, long invitations) {
        return new FeedbackTally("pro", true, responded, customers, responses, invitations);
    }

    private static FeedbackTally inactive(long customers, boolean responded, long responses, long invitations) {
        return new FeedbackTally("pro", false, responded, customers, responses, invitations);
    }

    @Test
    void dividesActiveRespondentsByActiveCustomersAndShowsTheResponseRateBeside() {
        MetricResult result = wholeBase(new InMemoryVoiceInputs()
                .withFeedback(
                        active(6, true, 9, 12),
                        active(14, false, 0, 10),
                        inactive(2, true, 3, 2),
                        inactive(5, false, 0, 0)));

        // 100 × 6 active respondents / (6 + 14) active customers = 30; the 2 inactive respondents are left out
        assertThat(result.value()).isEqualByComparingTo("30.00");
        assertThat(result.unit()).isEqualTo("percent");
        assertThat(result.numerator()).isEqualByComparingTo("6");
        assertThat(result.denominator()).isEqualByComparingTo("20");
        assertThat(result.parts().keySet())
                .containsExactly("response_rate_pct", "responses", "invitations", "respondents", "active_customers");
        assertThat(result.parts())
                .containsEntry("response_rate_pct", new BigDecimal("50.00")) // 100 × (9 + 3) / (12 + 10 + 2)
                .containsEntry("responses", 12L)
                .containsEntry("invitations", 24L)
                .containsEntry("respondents", 6L)
                .containsEntry("active_customers", 20L);
    }

    @Test
    void hasNoResponseRateWithoutInvitations() {
        MetricResult result =
                wholeBase(new InMemoryVoiceInputs().withFeedback(active(1, true, 1, 0), active(2, false, 0, 0)));

        assertThat(result.value()).isEqualByComparingTo("33.33"); // 100 × 1 / 3 = 33.333…
        assertThat(result.parts()).containsEntry("response_rate_pct", null).containsEntry("invitations", 0L);
    }

    @Test
    void reportsNoDataWithoutActiveCustomersEvenWhenSomeoneAnswered() {
        MetricResult result = wholeBase(new InMemoryVoiceInputs().withFeedback(inactive(3, true, 3, 3)));

        assertThat(result.value()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("0");
        assertThat(result.parts())
                .containsEntry("responses", 3L)
                .containsEntry("response_rate_pct", new BigDecimal("100.00")); // 100 × 3 / 3
    }

    @Test
    void reportsNoDataForAnEmptyWorkspace() {
        List<MetricResult> results = feedback.compute(Requests.brokenDownBy("plan", "2024-06"), inputs());

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.segment()).isEqualTo(Segment.ALL);
            assertThat(result.value()).isNull();
            assertThat(result.parts()).containsEntry("response_rate_pct", null);
        });
    }

    @Test
    void statesHowActivityAndFeedbackWereJudged() {
        MetricResult result = feedback.compute(
                        JUNE,
                        inputs().withActivityBasis(new ActivityBasis.Purchases(60))
                                .withVoice(new InMemoryVoiceInputs().withFeedback(active(1, true, 1, 1))))
                .get(0);

        assertThat(result.convention())
                .startsWith(new ActivityBasis.Purchases(60).describe())
                .contains("customers active during the period only");
    }

    @Test
    void breaksDownBySegment() {
        List<MetricResult> results = feedback.compute(
                Requests.brokenDownBy("region", "2024-06"),
                inputs().withVoice(new InMemoryVoiceInputs()
                        .withFeedback(
                                new FeedbackTally("kanto", true, true, 1, 1, 2),
                                new FeedbackTally("kanto", true, false, 3, 0, 2),
                                new FeedbackTally("kansai", true, true, 2, 2, 0),
                                new FeedbackTally("kansai", true, false, 2, 0, 0),
                                new FeedbackTally(null, true, false, 1, 0, 0))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL,
                        Segment.of("region", "kansai"),
                        Segment.of("region", "kanto"),
                        Segment.of("region", null));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("33.33"), // 100 × (1 + 2) / (4 + 4 + 1) = 33.333…
                        new BigDecimal("50.00"), // 100 × 2 / 4
                        new BigDecimal("25.00"), // 100 × 1 / 4
                        new BigDecimal("0.00")); // 100 × 0 / 1
        assertThat(results.get(2).parts()).containsEntry("response_rate_pct", new BigDecimal("25.00")); // 1 / 4
    }
}
