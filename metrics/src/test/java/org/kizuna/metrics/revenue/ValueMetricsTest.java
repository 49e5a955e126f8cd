package org.kizuna.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class ValueMetricsTest {

    static Stream<Metric> metrics() {
        return ValueMetrics.ALL.stream();
    }

    @Test
    void listsTheMetricsInCatalogueOrder() {
        assertThat(ValueMetrics.ALL)
                .extracting(metric -> metric.definition().id())
                .containsExactly(
                        "growth_mrr",
                        "expansion_mrr",
                        "clv",
                        "cac",
                        "clv_cac",
                        "profit_per_customer",
                        "crc",
                        "referred_clv_uplift");
        assertThat(ValueMetrics.ALL)
                .allSatisfy(metric -> assertThat(metric.definition().family()).isEqualTo(Family.REVENUE));
    }

    @ParameterizedTest
    @MethodSource("metrics")
    void reportsNoDataForAnEmptyWorkspace(Metric metric) {
        List<MetricResult> results = metric.compute(Requests.brokenDownBy("plan", "2024-06"), inputs());

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.metric()).isEqualTo(metric.definition().id());
            assertThat(result.segment()).isEqualTo(Segment.ALL);
            assertThat(result.value()).isNull();
        });
    }

    @ParameterizedTest
    @MethodSource("metrics")
    void namesAndExplainsEachMetricInJapaneseAndEnglish(Metric metric) {
        assertThat(metric.definition().nameJa()).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        assertThat(metric.definition().formulaJa()).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        assertThat(metric.definition().formulaEn()).isNotBlank();
        assertThat(metric.definition().seeds()).isNotEmpty().allMatch(seed -> seed.matches("00[0-3]"));
    }
}
