package org.kizuna.metrics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class FeatureAdoptionTest {

    private final FeatureAdoption adoption = new FeatureAdoption();

    private static FeatureTally used(String segment, String feature, long customers) {
        return new FeatureTally(segment, feature, customers);
    }

    @Test
    void givesEachFeaturesShareOfActiveCustomersAndTheirMean() {
        MetricResult result = adoption.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withActivity(customers(10).activeAtStart().activeAtEnd(), customers(3))
                                .withEngagement(new InMemoryEngagementInputs()
                                        .withFeatures(
                                                used(null, "reports", 6),
                                                used(null, "Dashboards", 9),
                                                used(null, "AI assistant", 2))))
                .get(0);

        assertThat(result.parts().keySet())
                .containsExactly(
                        "features",
                        "active_customers",
                        "feature_ai_assistant_pct",
                        "feature_dashboards_pct",
                        "feature_reports_pct");
        assertThat(result.parts())
                .containsEntry("features", 3L)
                .containsEntry("active_customers", 10L)
                .containsEntry("feature_ai_assistant_pct", new BigDecimal("20.00")) // 100 × 2 / 10
                .containsEntry("feature_dashboards_pct", new BigDecimal("90.00"))
                .containsEntry("feature_reports_pct", new BigDecimal("60.00"));
        // (20 + 90 + 60) / 3 = 100 × (2 + 9 + 6) / (10 × 3) = 56.666… → 56.67
        assertThat(result.value()).isEqualByComparingTo("56.67");
        assertThat(result.numerator()).isEqualByComparingTo("17");
        assertThat(result.denominator()).isEqualByComparingTo("30");
    }

    @Test
    void reportsNoDataWithoutFeaturesOrActiveCustomers() {
        MetricResult noFeatures = adoption.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withActivity(customers(4).activeAtEnd()))
                .get(0);
        MetricResult nobodyActive = adoption.compute(
                        Requests.wholeBase("2024-06"),
                        inputs().withActivity(customers(4))
                                .withEngagement(new InMemoryEngagementInputs().withFeatures(used(null, "reports", 2))))
                .get(0);

        assertThat(noFeatures.value()).isNull();
        assertThat(noFeatures.parts()).containsEntry("features", 0L);
        assertThat(nobodyActive.value()).isNull();
        assertThat(nobodyActive.parts()).containsEntry("feature_reports_pct", null);
    }

    @Test
    void showsEveryFeatureInEverySegment() {
        List<MetricResult> results = adoption.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withActivity(
                                customers(4).activeAtStart().activeAtEnd().in("pro"),
                                customers(5).activeAtEnd().in("basic"))
                        .withEngagement(new InMemoryEngagementInputs()
                                .withFeatures(
                                        used("pro", "reports", 3),
                                        used("pro", "automation", 2),
                                        used("basic", "reports", 1))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        MetricResult basic = results.get(1);
        assertThat(basic.parts())
                .containsEntry("feature_automation_pct", new BigDecimal("0.00"))
                .containsEntry("feature_reports_pct", new BigDecimal("20.00")); // 100 × 1 / 5
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("33.33"), // 100 × (3 + 2 + 1) / (9 × 2) = 33.333…
                        new BigDecimal("10.00"), // 100 × (0 + 1) / (5 × 2)
                        new BigDecimal("62.50")); // 100 × (2 + 3) / (4 × 2)
    }
}
