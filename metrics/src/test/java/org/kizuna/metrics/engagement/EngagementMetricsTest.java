package org.kizuna.metrics.engagement;

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

class EngagementMetricsTest {

    static Stream<Metric> engagement() {
        return EngagementMetrics.ALL.stream();
    }

    @Test
    void listsSectionDInTheCataloguesOrder() {
        assertThat(EngagementMetrics.ALL)
                .extracting(metric -> metric.definition().id())
                .containsExactly(
                        "dau",
                        "mau",
                        "stickiness",
                        "active_user_share",
                        "time_on_site",
                        "repeat_visitors",
                        "usage_frequency",
                        "voluntary_usage",
                        "feature_adoption",
                        "engagement_by_channel",
                        "engagement_score");
    }

    @ParameterizedTest
    @MethodSource("engagement")
    void definesEachMetricInBothLanguagesWithItsSeeds(Metric metric) {
        MetricDefinition definition = metric.definition();

        assertThat(definition.family()).isEqualTo(Family.ENGAGEMENT);
        assertThat(definition.nameJa()).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        assertThat(definition.formulaJa()).containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        assertThat(definition.nameEn()).isNotBlank();
        assertThat(definition.formulaEn()).isNotBlank();
        assertThat(definition.seeds()).isNotEmpty().allMatch(seed -> seed.matches("00[0-3]"));
    }

    @Test
    void breaksDownByChannelOnlyWhereNoActiveCustomerDivides() {
        assertThat(EngagementMetrics.ALL.stream()
                        .filter(metric -> metric.definition().breaksDownBy("channel")))
                .extracting(metric -> metric.definition().id())
                .containsExactly("dau", "mau", "stickiness", "time_on_site", "repeat_visitors", "voluntary_usage");
    }

    @ParameterizedTest
    @MethodSource("engagement")
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
