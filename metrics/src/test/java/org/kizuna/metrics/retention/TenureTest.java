package org.kizuna.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.ActivityBasis;
import org.kizuna.metrics.InMemoryInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class TenureTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final Tenure tenure = new Tenure();

    private MetricResult wholeBase(InMemoryInputs inputs) {
        return tenure.compute(JUNE, inputs).get(0);
    }

    private static InMemoryInputs lifetimes(LifetimeCount... rows) {
        return inputs().withRetention(new InMemoryRetentionInputs().withLifetimes(rows));
    }

    @Test
    void givesTheMeanAndMedianLifeInMeanGregorianMonths() {
        MetricResult result = wholeBase(lifetimes(
                new LifetimeCount(null, true, 365, 2),
                new LifetimeCount(null, false, 61, 1),
                new LifetimeCount(null, false, 30, 1),
                new LifetimeCount(null, true, 122, 1)));

        // days 30 61 122 365 365: mean 943 / 5 = 188.6 days / 30.4375 = 6.196… → 6.20
        assertThat(result.value()).isEqualByComparingTo("6.20");
        assertThat(result.unit()).isEqualTo("months");
        assertThat(result.denominator()).isEqualByComparingTo("5");
        assertThat(result.parts().keySet()).containsExactly("median_months", "customers", "still_active", "churned");
        assertThat(result.parts())
                .containsEntry("median_months", new BigDecimal("4.01")) // 122 / 30.4375 = 4.008…
                .containsEntry("customers", 5L)
                .containsEntry("still_active", 3L)
                .containsEntry("churned", 2L);
    }

    @Test
    void interpolatesTheMedianBetweenTheTwoMiddleLives() {
        MetricResult result =
                wholeBase(lifetimes(new LifetimeCount(null, false, 30, 1), new LifetimeCount(null, false, 91, 1)));

        // (30 + 91) / 2 = 60.5 days / 30.4375 = 1.987… → 1.99
        assertThat(result.parts()).containsEntry("median_months", new BigDecimal("1.99"));
    }

    @Test
    void reportsNoDataWithoutCustomers() {
        List<MetricResult> results = tenure.compute(Requests.brokenDownBy("plan", "2024-06"), inputs());

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.segment()).isEqualTo(Segment.ALL);
            assertThat(result.value()).isNull();
            assertThat(result.parts()).containsEntry("median_months", null).containsEntry("customers", 0L);
        });
    }

    @Test
    void statesWhereLivesStartAndEndForTheWorkspacesBasis() {
        MetricResult purchases = wholeBase(
                lifetimes(new LifetimeCount(null, true, 10, 1)).withActivityBasis(new ActivityBasis.Purchases(90)));
        MetricResult signups = wholeBase(
                lifetimes(new LifetimeCount(null, true, 10, 1)).withActivityBasis(new ActivityBasis.Unknown()));

        assertThat(purchases.convention())
                .contains("first purchase")
                .contains("90-day inactivity window")
                .contains("2024-06-30");
        assertThat(signups.convention()).contains("from signup_date to churned_at");
    }

    @Test
    void breaksDownBySegment() {
        List<MetricResult> results = tenure.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withRetention(new InMemoryRetentionInputs()
                        .withLifetimes(
                                new LifetimeCount("pro", true, 300, 2), new LifetimeCount("basic", false, 60, 1))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("7.23"), // (2 × 300 + 60) / 3 = 220 days / 30.4375 = 7.227…
                        new BigDecimal("1.97"), // 60 / 30.4375 = 1.971…
                        new BigDecimal("9.86")); // 300 / 30.4375 = 9.856…
    }
}
