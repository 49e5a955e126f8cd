package org.kizuna.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Too little data is a result: every catalogue metric over empty inputs is "no data", never 0 or a crash. */
class NoDataTest {

    static Stream<Metric> catalogue() {
        return MetricCatalog.all().stream();
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void reportsNoDataForAnEmptyWorkspace(Metric metric) {
        List<MetricResult> results = metric.compute(Requests.brokenDownBy("plan", "2024-06"), inputs());

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.metric()).isEqualTo(metric.definition().id());
            assertThat(result.segment()).isEqualTo(Segment.ALL);
            assertThat(result.value()).isNull();
            assertThat(result.hasData()).isFalse();
        });
    }
}
