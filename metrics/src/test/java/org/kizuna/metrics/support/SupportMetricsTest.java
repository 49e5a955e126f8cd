package org.kizuna.metrics.support;

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

class SupportMetricsTest {

    static Stream<Metric> support() {
        return SupportMetrics.ALL.stream();
    }

    @Test
    void listsSectionEInTheCataloguesOrder() {
        assertThat(SupportMetrics.ALL)
                .extracting(metric -> metric.definition().id())
                .containsExactly(
                        "first_response_time",
                        "resolution_time",
                        "problem_resolution_rate",
                        "support_request_frequency",
                        "onboarding_success_rate",
                        "education_level");
    }

    @Test
    void breaksDownByTicketChannelOnlyWhereNothingIsDividedByActiveCustomers() {
        assertThat(SupportMetrics.ALL)
                .filteredOn(metric -> metric.definition().breaksDownBy("channel"))
                .extracting(metric -> metric.definition().id())
                .containsExactly("first_response_time", "resolution_time", "problem_resolution_rate");
    }

    @ParameterizedTest
    @MethodSource("support")
    void belongsToTheSupportFamilyWithJapaneseAndEnglishTexts(Metric metric) {
        MetricDefinition definition = metric.definition();
        assertThat(definition.family()).isEqualTo(Family.SUPPORT);
        assertThat(definition.seeds()).isNotEmpty().allMatch(seed -> seed.matches("00[0-3]"));
        assertThat(definition.nameJa()).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        assertThat(definition.formulaJa()).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        assertThat(definition.formulaEn()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("support")
    void reportsNoDataForAnEmptyWorkspace(Metric metric) {
        List<MetricResult> results = metric.compute(Requests.brokenDownBy("plan", "2024-06"), inputs());

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.metric()).isEqualTo(metric.definition().id());
            assertThat(result.segment()).isEqualTo(Segment.ALL);
            assertThat(result.value()).isNull();
            assertThat(result.convention()).isNotBlank();
        });
    }
}
