package org.kizuna.metrics.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.responses;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class EmotionalLoyaltyTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final EmotionalLoyalty loyalty = new EmotionalLoyalty();

    @Test
    void averagesEveryResponseNormalisedOnItsOwnScale() {
        MetricResult result = loyalty.compute(
                        JUNE,
                        inputs().withSurvey(
                                        "emotional",
                                        responses(3, "4").onScale("1", "5"),
                                        responses(1, "2").onScale("1", "5"),
                                        responses(2, "6").onScale("0", "10")))
                .get(0);

        // 4 on 1–5 → 75 (×3), 2 on 1–5 → 25, 6 on 0–10 → 60 (×2): (225 + 25 + 120) / 6 = 61.666… → 61.67
        assertThat(result.value()).isEqualByComparingTo("61.67");
        assertThat(result.unit()).isEqualTo("score");
        assertThat(result.denominator()).isEqualByComparingTo("6");
        assertThat(result.parts()).containsExactly(Map.entry("responses", 6L));
    }

    @Test
    void reportsNoDataWithoutEmotionalResponses() {
        List<MetricResult> results = loyalty.compute(
                Requests.brokenDownBy("plan", "2024-06"), inputs().withSurvey("csat", responses(4, "5")));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.segment()).isEqualTo(Segment.ALL);
            assertThat(result.value()).isNull();
            assertThat(result.parts()).containsEntry("responses", 0L);
        });
    }

    @Test
    void breaksDownByTouchpoint() {
        assertThat(EmotionalLoyalty.DEFINITION.breaksDownBy("touchpoint")).isTrue();
        assertThat(EmotionalLoyalty.DEFINITION.breaksDownBy("channel")).isFalse();
        List<MetricResult> results = loyalty.compute(
                Requests.brokenDownBy("touchpoint", "2024-06"),
                inputs().withSurvey(
                                "emotional",
                                responses(2, "5").onScale("1", "5").in("support"),
                                responses(1, "3").onScale("1", "5").in("onboarding")));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL, Segment.of("touchpoint", "onboarding"), Segment.of("touchpoint", "support"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("83.33"), // (2 × 100 + 50) / 3 = 83.333…
                        new BigDecimal("50.00"), // 3 on 1–5
                        new BigDecimal("100.00")); // 5 on 1–5
    }
}
