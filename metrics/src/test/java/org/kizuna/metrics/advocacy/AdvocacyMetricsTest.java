package org.kizuna.metrics.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class AdvocacyMetricsTest {

    static Stream<Metric> advocacy() {
        return AdvocacyMetrics.ALL.stream();
    }

    @Test
    void listsSectionFInCatalogueOrderWithoutSocialSentiment() {
        assertThat(AdvocacyMetrics.ALL)
                .extracting(metric -> metric.definition().id())
                .containsExactly(
                        "referral_rate",
                        "referral_conversion_rate",
                        "advocacy_conversion_rate",
                        "advocacy_revenue",
                        "top_advocates",
                        "community_activity",
                        "social_metrics",
                        "loyalty_participation",
                        "loyalty_redemption_rate",
                        "advocacy_program_adoption");
    }

    @ParameterizedTest
    @MethodSource("advocacy")
    void namesAndExplainsEachMetricInJapaneseAndEnglishWithItsSeeds(Metric metric) {
        MetricDefinition definition = metric.definition();
        assertThat(definition.family()).isEqualTo(Family.ADVOCACY);
        assertThat(definition.nameEn()).isNotBlank();
        assertThat(definition.formulaEn()).isNotBlank();
        assertThat(definition.nameJa()).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        assertThat(definition.formulaJa()).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        assertThat(definition.seeds()).isNotEmpty().allMatch(seed -> seed.matches("00[0-3]"));
    }

    @Test
    void breaksDownByChannelOnlyWhereTheRowsHaveOne() {
        assertThat(AdvocacyMetrics.ALL)
                .filteredOn(metric -> metric.definition().breaksDownBy("channel"))
                .extracting(metric -> metric.definition().id())
                .containsExactly("referral_conversion_rate", "social_metrics");
    }

    @ParameterizedTest
    @MethodSource("advocacy")
    void reportsNoDataForAnEmptyWorkspace(Metric metric) {
        List<MetricResult> results = metric.compute(Requests.brokenDownBy("plan", "2024-06"), inputs());

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.metric()).isEqualTo(metric.definition().id());
            assertThat(result.segment()).isEqualTo(Segment.ALL);
            assertThat(result.value()).isNull();
            assertThat(result.convention()).isNotBlank();
            assertThat(result.parts().values())
                    .allMatch(value -> value == null || value instanceof Number || value instanceof String);
        });
    }
}
