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
import org.kizuna.metrics.Segment;

class NetPromoterScoreTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final NetPromoterScore nps = new NetPromoterScore();

    private MetricResult wholeBase(InMemoryInputs inputs) {
        return nps.compute(JUNE, inputs).get(0);
    }

    @Test
    void countsSixAsDetractorAndSevenAsPassiveOnTheZeroToTenScale() {
        MetricResult result = wholeBase(inputs().withSurvey("nps", responses(3, "6"), responses(5, "7")));

        assertThat(result.parts())
                .containsEntry("promoters", 0L)
                .containsEntry("passives", 5L)
                .containsEntry("detractors", 3L);
        // 100 × (0 − 3) / 8 = −37.5
        assertThat(result.value()).isEqualByComparingTo("-37.50");
    }

    @Test
    void countsEightAsPassiveAndNineAsPromoterOnTheZeroToTenScale() {
        MetricResult result = wholeBase(inputs().withSurvey("nps", responses(5, "8"), responses(7, "9")));

        assertThat(result.parts())
                .containsEntry("promoters", 7L)
                .containsEntry("passives", 5L)
                .containsEntry("detractors", 0L);
        // 100 × (7 − 0) / 12 = 58.333… → 58.33
        assertThat(result.value()).isEqualByComparingTo("58.33");
    }

    @Test
    void scoresTheOneToTenScaleWithTheSameBands() {
        MetricResult result = wholeBase(inputs().withSurvey(
                        "nps",
                        responses(2, "1").onScale("1", "10"),
                        responses(3, "6").onScale("1", "10"),
                        responses(5, "7").onScale("1", "10"),
                        responses(7, "8").onScale("1", "10"),
                        responses(11, "9").onScale("1", "10"),
                        responses(13, "10").onScale("1", "10")));

        // detractors 2 + 3 = 5, passives 5 + 7 = 12, promoters 11 + 13 = 24, responses 41
        assertThat(result.parts())
                .containsEntry("detractors", 5L)
                .containsEntry("passives", 12L)
                .containsEntry("promoters", 24L)
                .containsEntry("responses", 41L);
        // 100 × (24 − 5) / 41 = 46.341… → 46.34
        assertThat(result.value()).isEqualByComparingTo("46.34");
    }

    @Test
    void placesDecimalScoresInTheBandTheyReach() {
        MetricResult result =
                wholeBase(inputs().withSurvey("nps", responses(2, "6.99"), responses(3, "8.5"), responses(5, "9.0")));

        assertThat(result.parts())
                .containsEntry("detractors", 2L)
                .containsEntry("passives", 3L)
                .containsEntry("promoters", 5L);
        // 100 × (5 − 2) / 10 = 30
        assertThat(result.value()).isEqualByComparingTo("30.00");
    }

    @Test
    void reportsTheSharesAndCountsBesideTheScore() {
        MetricResult result =
                wholeBase(inputs().withSurvey("nps", responses(7, "10"), responses(5, "8"), responses(3, "0")));

        // 100 × (7 − 3) / 15 = 26.666… → 26.67
        assertThat(result.value()).isEqualByComparingTo("26.67");
        assertThat(result.unit()).isEqualTo("points");
        assertThat(result.segment()).isEqualTo(Segment.ALL);
        assertThat(result.period()).isEqualTo("2024-06");
        assertThat(result.parts().keySet())
                .containsExactly(
                        "promoters_pct",
                        "passives_pct",
                        "detractors_pct",
                        "responses",
                        "promoters",
                        "passives",
                        "detractors");
        assertThat(result.parts())
                .containsEntry("promoters_pct", new BigDecimal("46.67")) // 100 × 7 / 15 = 46.666…
                .containsEntry("passives_pct", new BigDecimal("33.33")) // 100 × 5 / 15 = 33.333…
                .containsEntry("detractors_pct", new BigDecimal("20.00")) // 100 × 3 / 15
                .containsEntry("responses", 15L);
        assertThat(result.numerator()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("15");
    }

    @Test
    void roundsTheScoreOnceFromTheCountsRatherThanFromRoundedShares() {
        MetricResult result =
                wholeBase(inputs().withSurvey("nps", responses(2, "9"), responses(4, "7"), responses(1, "0")));

        // 100 × (2 − 1) / 7 = 14.2857… → 14.29; the rounded shares would give 28.57 − 14.29 = 14.28
        assertThat(result.value()).isEqualByComparingTo("14.29");
    }

    @Test
    void reportsNoDataWithoutResponses() {
        MetricResult result = wholeBase(inputs().withSurvey("csat", responses(5, "10")));

        assertThat(result.value()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("0");
        assertThat(result.parts())
                .containsEntry("responses", 0L)
                .containsEntry("promoters_pct", null)
                .containsEntry("passives_pct", null)
                .containsEntry("detractors_pct", null);
    }
}
