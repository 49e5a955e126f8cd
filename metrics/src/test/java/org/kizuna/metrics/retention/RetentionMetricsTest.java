package org.kizuna.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class RetentionMetricsTest {

    static Stream<Metric> metrics() {
        return RetentionMetrics.ALL.stream();
    }

    @Test
    void listsTheMetricsInCatalogueOrder() {
        assertThat(RetentionMetrics.ALL)
                .extracting(metric -> metric.definition().id())
                .containsExactly("revenue_churn", "tenure", "repurchase_rate", "churn_saves");
    }

    @ParameterizedTest
    @MethodSource("metrics")
    void definesEachAsARetentionMetricNamedInBothLanguagesWithItsSeeds(Metric metric) {
        MetricDefinition definition = metric.definition();
        assertThat(definition.family()).isEqualTo(Family.RETENTION);
        assertThat(definition.nameJa()).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        assertThat(definition.formulaJa()).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        assertThat(definition.formulaEn()).isNotBlank();
        assertThat(definition.seeds()).isNotEmpty().allMatch(seed -> seed.matches("00[0-3]"));
    }

    @Test
    void onlyRevenueChurnIsBetterLower() {
        assertThat(RetentionMetrics.ALL)
                .extracting(metric ->
                        Map.entry(metric.definition().id(), metric.definition().higherIsBetter()))
                .containsExactly(
                        Map.entry("revenue_churn", false),
                        Map.entry("tenure", true),
                        Map.entry("repurchase_rate", true),
                        Map.entry("churn_saves", true));
    }

    @ParameterizedTest
    @MethodSource("metrics")
    void reportsNoDataForAnEmptyWorkspace(Metric metric) {
        assertThat(metric.compute(Requests.brokenDownBy("plan", "2024-06"), inputs()))
                .singleElement()
                .satisfies(result -> {
                    assertThat(result.metric()).isEqualTo(metric.definition().id());
                    assertThat(result.segment()).isEqualTo(Segment.ALL);
                    assertThat(result.value()).isNull();
                    assertThat(result.convention()).isNotBlank();
                });
    }
}
