package org.kizuna.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;
import static org.kizuna.metrics.TallyRows.customersMoving;
import static org.kizuna.metrics.TallyRows.responses;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
    void givesTheSameResultsAsEachMetricAloneWhenThereAreNoTargets() {
        MetricRequest withTargets = Requests.brokenDownBy("plan", "2024-06");
        MetricRequest request = new MetricRequest(
                withTargets.period(), withTargets.by(), withTargets.settings().withTargets(Map.of()));

        List<MetricResult> together = engine.compute(request, MetricCatalog.all(), workspace());

        List<MetricResult> alone = MetricCatalog.all().stream()
                .flatMap(metric -> metric.compute(request, workspace()).stream())
                .toList();
        assertThat(together).isEqualTo(alone);
    }

    @Test
    void measuresEachResultAgainstItsMetricsTarget() {
        MetricRequest defaults = Requests.brokenDownBy("plan", "2024-06");
        MetricRequest request = new MetricRequest(
                defaults.period(),
                defaults.by(),
                defaults.settings()
                        .withTargets(Map.of(
                                "nps", new BigDecimal("30"),
                                "churn_rate", new BigDecimal("10"),
                                "retention_rate", new BigDecimal("90"))));

        List<MetricResult> results = engine.compute(request, MetricCatalog.all(), workspace());

        // nps: 5 responses of 9 → 100 × 5 / 5 = 100.00 ≥ 30, met
        assertThat(find(results, "nps", Segment.ALL).targetMet()).isTrue();
        assertThat(find(results, "nps", Segment.ALL).target()).isEqualByComparingTo("30");
        // churn (lower is better): 2 of 15 lost = 13.33 > 10, missed; pro lost 0 of 13 = 0.00 ≤ 10, met
        assertThat(find(results, "churn_rate", Segment.ALL).targetMet()).isFalse();
        assertThat(find(results, "churn_rate", Segment.of("plan", "pro")).targetMet())
                .isTrue();
        // retention: 13 of 15 kept = 86.67 < 90, missed; exactly on the target counts as met (pro: 100.00)
        assertThat(find(results, "retention_rate", Segment.ALL).targetMet()).isFalse();
        assertThat(find(results, "retention_rate", Segment.of("plan", "pro")).targetMet())
                .isTrue();
        // metrics without a target carry none
        assertThat(find(results, "mrr", Segment.ALL).target()).isNull();
        assertThat(find(results, "mrr", Segment.ALL).targetMet()).isNull();
    }

    @Test
    void aValueExactlyOnTheTargetMeetsItInEitherDirection() {
        MetricResult churn = new MetricResult(
                "churn_rate", "2024-06", Segment.ALL, new BigDecimal("5.00"), "percent", Map.of(), null, null, null);
        assertThat(churn.against(new BigDecimal("5"), false).targetMet()).isTrue();
        assertThat(churn.against(new BigDecimal("5"), true).targetMet()).isTrue();
        assertThat(churn.against(new BigDecimal("5.01"), true).targetMet()).isFalse();
        assertThat(churn.against(new BigDecimal("4.99"), false).targetMet()).isFalse();
        MetricResult noData =
                new MetricResult("nps", "2024-06", Segment.ALL, null, "points", Map.of(), null, null, null);
        assertThat(noData.against(new BigDecimal("30"), true).targetMet()).isNull();
        assertThat(noData.against(new BigDecimal("30"), true).target()).isEqualByComparingTo("30");
    }

    private static MetricResult find(List<MetricResult> results, String metric, Segment segment) {
        return results.stream()
                .filter(r -> r.metric().equals(metric) && r.segment().equals(segment))
                .findFirst()
                .orElseThrow();
    }
}
