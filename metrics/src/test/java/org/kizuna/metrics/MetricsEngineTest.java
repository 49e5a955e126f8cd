package org.kizuna.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;
import static org.kizuna.metrics.TallyRows.customersMoving;
import static org.kizuna.metrics.TallyRows.responses;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.retention.ChurnRate;
import org.kizuna.metrics.retention.RetentionRate;

class MetricsEngineTest {

    private final MetricsEngine engine = new MetricsEngine();

    private static InMemoryInputs workspace() {
        return inputs().withActivity(
                        customers(13).activeAtStart().activeAtEnd().in("pro"),
                        customers(2).activeAtStart().in("basic"))
                .withMrr(
                        customersMoving(13, "307.00", "307.00").in("pro"),
                        customersMoving(2, "53.00", "0").in("basic"))
                .withSurvey("nps", responses(5, "9"))
                .withSurvey("csat", responses(7, "4").onScale("1", "5"))
                .withSurvey("ces", responses(11, "3").onScale("1", "5"));
    }

    @Test
    void asksTheStoreForEachInputOnce() {
        InMemoryInputs inputs = workspace();

        engine.compute(Requests.brokenDownBy("plan", "2024-06"), MetricCatalog.all(), inputs);

        // churn_rate, retention_rate, mrr and arpu all read activity; mrr, arpu and mrr_movements read MRR
        assertThat(inputs.queries("activity")).isEqualTo(1);
        assertThat(inputs.queries("mrrChanges")).isEqualTo(1);
        assertThat(inputs.queries("nps")).isEqualTo(1);
        assertThat(inputs.queries("csat")).isEqualTo(1);
        assertThat(inputs.queries("ces")).isEqualTo(1);
    }

    @Test
    void returnsEachMetricsSegmentsInTheOrderTheMetricsWereGiven() {
        List<MetricResult> results = engine.compute(
                Requests.brokenDownBy("plan", "2024-06"), List.of(new RetentionRate(), new ChurnRate()), workspace());

        assertThat(results)
                .extracting(MetricResult::metric, MetricResult::segment)
                .containsExactly(
                        tuple("retention_rate", Segment.ALL),
                        tuple("retention_rate", Segment.of("plan", "basic")),
                        tuple("retention_rate", Segment.of("plan", "pro")),
                        tuple("churn_rate", Segment.ALL),
                        tuple("churn_rate", Segment.of("plan", "basic")),
                        tuple("churn_rate", Segment.of("plan", "pro")));
    }

    @Test
    void givesTheSameResultsAsEachMetricAlone() {
        MetricRequest request = Requests.brokenDownBy("plan", "2024-06");

        List<MetricResult> together = engine.compute(request, MetricCatalog.all(), workspace());

        List<MetricResult> alone = MetricCatalog.all().stream()
                .flatMap(metric -> metric.compute(request, workspace()).stream())
                .toList();
        assertThat(together).isEqualTo(alone);
    }
}
