package org.kizuna.metrics.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.responses;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.InMemoryInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;

class CustomerEffortScoreTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final CustomerEffortScore ces = new CustomerEffortScore();

    private MetricResult wholeBase(InMemoryInputs inputs) {
        return ces.compute(JUNE, inputs).get(0);
    }

    @Test
    void averagesScoresOnTheScaleEveryResponseShares() {
        MetricResult result = wholeBase(inputs().withSurvey(
                        "ces",
                        responses(3, "2").onScale("1", "5"),
                        responses(5, "4").onScale("1", "5"),
                        responses(7, "5").onScale("1", "5")));

        // (2 × 3 + 4 × 5 + 5 × 7) / 15 = 61 / 15 = 4.0666… → 4.07
        assertThat(result.value()).isEqualByComparingTo("4.07");
        assertThat(result.unit()).isEqualTo("score");
        assertThat(result.parts().keySet())
                .containsExactly(
                        "mean_score", "normalised_mean", "scale_min", "scale_max", "responses", "touchpoint_none_mean");
        assertThat(result.parts())
                .containsEntry("mean_score", new BigDecimal("4.07"))
                .containsEntry("touchpoint_none_mean", new BigDecimal("4.07")) // every response lacks a touchpoint
                // 100 × (1 × 3 + 3 × 5 + 4 × 7) / (4 × 15) = 4600 / 60 = 76.666… → 76.67
                .containsEntry("normalised_mean", new BigDecimal("76.67"))
                .containsEntry("responses", 15L);
        assertThat((BigDecimal) result.parts().get("scale_min")).isEqualByComparingTo("1");
        assertThat((BigDecimal) result.parts().get("scale_max")).isEqualByComparingTo("5");
        assertThat(result.convention()).contains("1–5 scale");
    }

    @Test
    void normalisesToZeroToHundredWhenScalesDiffer() {
        MetricResult result = wholeBase(inputs().withSurvey(
                        "ces",
                        responses(2, "5").onScale("1", "5").at("support"),
                        responses(3, "4").onScale("1", "7").at("onboarding")));

        // 5 on 1–5 is 100; 4 on 1–7 is 100 × (4 − 1) / (7 − 1) = 50; (2 × 100 + 3 × 50) / 5 = 70
        assertThat(result.value()).isEqualByComparingTo("70.00");
        assertThat(result.unit()).isEqualTo("points");
        assertThat(result.parts())
                .containsEntry("mean_score", null)
                .containsEntry("normalised_mean", new BigDecimal("70.00"))
                .containsEntry("scale_min", null)
                .containsEntry("scale_max", null)
                .containsEntry("responses", 5L)
                .containsEntry("touchpoint_onboarding_mean", new BigDecimal("50.00"))
                .containsEntry("touchpoint_support_mean", new BigDecimal("100.00"));
        assertThat(result.convention()).contains("different scales (1–5, 1–7)");
    }

    @Test
    void reportsTouchpointMeansOnTheSharedScale() {
        MetricResult result = wholeBase(inputs().withSurvey(
                        "ces",
                        responses(2, "6").onScale("1", "7").at("support"),
                        responses(3, "3").onScale("1", "7").at("support"),
                        responses(7, "5").onScale("1", "7").at("onboarding")));

        // (6 × 2 + 3 × 3 + 5 × 7) / 12 = 56 / 12 = 4.666… → 4.67
        assertThat(result.value()).isEqualByComparingTo("4.67");
        assertThat(result.parts().keySet())
                .containsSubsequence("responses", "touchpoint_onboarding_mean", "touchpoint_support_mean");
        assertThat(result.parts())
                .containsEntry("touchpoint_onboarding_mean", new BigDecimal("5.00")) // 5 × 7 / 7
                .containsEntry("touchpoint_support_mean", new BigDecimal("4.20")); // (6 × 2 + 3 × 3) / 5
    }

    @Test
    void treatsOneScaleWrittenTwoWaysAsOneScale() {
        MetricResult result = wholeBase(inputs().withSurvey(
                        "ces",
                        responses(2, "3").onScale("1", "5"),
                        responses(3, "5").onScale("1.0", "5.0")));

        // (3 × 2 + 5 × 3) / 5 = 4.2
        assertThat(result.value()).isEqualByComparingTo("4.20");
        assertThat(result.unit()).isEqualTo("score");
    }

    @Test
    void reportsNoDataWithoutResponses() {
        MetricResult result =
                wholeBase(inputs().withSurvey("csat", responses(5, "4").onScale("1", "5")));

        assertThat(result.value()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("0");
        assertThat(result.parts())
                .containsEntry("mean_score", null)
                .containsEntry("normalised_mean", null)
                .containsEntry("responses", 0L);
    }
}
