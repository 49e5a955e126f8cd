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

class CustomerSatisfactionTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final CustomerSatisfaction csat = new CustomerSatisfaction();

    private MetricResult wholeBase(InMemoryInputs inputs) {
        return csat.compute(JUNE, inputs).get(0);
    }

    @Test
    void countsAScoreEqualToTheThresholdAsSatisfied() {
        // The workspace's threshold on 1–5 is 4.
        MetricResult result = wholeBase(inputs().withSurvey(
                        "csat",
                        responses(5, "3").onScale("1", "5"),
                        responses(7, "4").onScale("1", "5"),
                        responses(11, "5").onScale("1", "5")));

        // satisfied 7 + 11 = 18 of 5 + 7 + 11 = 23: 100 × 18 / 23 = 78.260… → 78.26
        assertThat(result.value()).isEqualByComparingTo("78.26");
        assertThat(result.numerator()).isEqualByComparingTo("18");
        assertThat(result.denominator()).isEqualByComparingTo("23");
        assertThat(result.unit()).isEqualTo("percent");
    }

    @Test
    void usesTheWorkspaceThresholdForTheSurveysScale() {
        // The workspace's threshold on 1–10 is 6 (003).
        MetricResult result = wholeBase(inputs().withSurvey(
                        "csat",
                        responses(3, "5").onScale("1", "10"),
                        responses(5, "6").onScale("1", "10")));

        // 100 × 5 / (3 + 5) = 62.5
        assertThat(result.value()).isEqualByComparingTo("62.50");
    }

    @Test
    void prefersTheSurveysOwnThresholdToTheWorkspaces() {
        MetricResult result = wholeBase(inputs().withSurvey(
                        "csat",
                        responses(7, "4").onScale("1", "5").satisfiedFrom("5"),
                        responses(11, "5").onScale("1", "5").satisfiedFrom("5")));

        // only the 11 fives reach 5: 100 × 11 / (7 + 11) = 61.111… → 61.11 (the workspace's 4 would give 100)
        assertThat(result.value()).isEqualByComparingTo("61.11");
    }

    @Test
    void poolsEveryResponseInsteadOfAveragingTouchpoints() {
        MetricResult result = wholeBase(inputs().withSurvey(
                        "csat",
                        responses(2, "5").onScale("1", "5").at("support"),
                        responses(3, "1").onScale("1", "5").at("support"),
                        responses(13, "5").onScale("1", "5").at("purchase")));

        // pooled: 100 × (2 + 13) / (2 + 3 + 13) = 83.333… → 83.33; averaging 40 and 100 would give 70
        assertThat(result.value()).isEqualByComparingTo("83.33");
        assertThat(result.parts().keySet())
                .containsExactly("responses", "satisfied", "touchpoint_purchase_pct", "touchpoint_support_pct");
        assertThat(result.parts())
                .containsEntry("responses", 18L)
                .containsEntry("satisfied", 15L)
                .containsEntry("touchpoint_purchase_pct", new BigDecimal("100.00")) // 100 × 13 / 13
                .containsEntry("touchpoint_support_pct", new BigDecimal("40.00")); // 100 × 2 / 5
    }

    @Test
    void namesResponsesWithoutTouchpointNoneAndListsThemLast() {
        MetricResult result = wholeBase(inputs().withSurvey(
                        "csat",
                        responses(2, "5").onScale("1", "5").at("onboarding"),
                        responses(3, "2").onScale("1", "5"),
                        responses(5, "4").onScale("1", "5").at("checkout")));

        assertThat(result.parts().keySet())
                .containsExactly(
                        "responses",
                        "satisfied",
                        "touchpoint_checkout_pct",
                        "touchpoint_onboarding_pct",
                        "touchpoint_none_pct");
        assertThat(result.parts()).containsEntry("touchpoint_none_pct", new BigDecimal("0.00")); // 100 × 0 / 3
        // 100 × (2 + 5) / (2 + 3 + 5) = 70
        assertThat(result.value()).isEqualByComparingTo("70.00");
    }

    @Test
    void reportsNoDataWithoutResponses() {
        MetricResult result = wholeBase(inputs().withSurvey("nps", responses(5, "10")));

        assertThat(result.value()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("0");
        assertThat(result.parts()).containsEntry("responses", 0L);
    }
}
