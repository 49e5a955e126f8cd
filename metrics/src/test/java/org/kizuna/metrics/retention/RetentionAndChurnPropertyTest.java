package org.kizuna.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kizuna.domain.MetricConventions;
import org.kizuna.domain.MetricConventions.ChurnDenominator;
import org.kizuna.metrics.ActivityTally;
import org.kizuna.metrics.InMemoryInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;

class RetentionAndChurnPropertyTest {

    private static final MetricRequest JUNE_BY_PLAN = Requests.brokenDownBy("plan", "2024-06");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Property
    void retentionAndChurnMakeAHundredWheneverDefined(@ForAll("tallies") List<ActivityTally> tallies) {
        InMemoryInputs inputs = inputs().withActivity(tallies);
        List<MetricResult> churn = new ChurnRate().compute(JUNE_BY_PLAN, inputs);
        List<MetricResult> retention = new RetentionRate().compute(JUNE_BY_PLAN, inputs);

        assertThat(retention).hasSameSizeAs(churn);
        for (int i = 0; i < churn.size(); i++) {
            MetricResult lost = churn.get(i);
            MetricResult kept = retention.get(i);
            assertThat(kept.segment()).isEqualTo(lost.segment());
            assertThat(kept.denominator()).isEqualByComparingTo(lost.denominator());
            if (lost.denominator().signum() == 0) {
                assertThat(lost.value()).isNull();
                assertThat(kept.value()).isNull();
            } else {
                assertThat(kept.numerator().add(lost.numerator())).isEqualByComparingTo(lost.denominator());
                // Each figure is rounded half-up once, so their sum can be off by one hundredth at a tie
                // (1 lost of 20 000 is 0.005 % → 0.01, and 99.995 % → 100.00).
                assertThat(kept.value().add(lost.value())).isCloseTo(HUNDRED, within(new BigDecimal("0.01")));
            }
        }
    }

    @Property
    void keepsRatesBetweenZeroAndHundred(@ForAll("tallies") List<ActivityTally> tallies) {
        InMemoryInputs inputs = inputs().withActivity(tallies);

        for (MetricResult result : new ChurnRate().compute(JUNE_BY_PLAN, inputs)) {
            if (result.hasData()) {
                assertThat(result.value()).isBetween(BigDecimal.ZERO, HUNDRED);
            }
        }
        for (MetricResult result : new RetentionRate().compute(JUNE_BY_PLAN, inputs)) {
            if (result.hasData()) {
                assertThat(result.value()).isBetween(BigDecimal.ZERO, HUNDRED);
            }
        }
    }

    @Property
    void keepsChurnBetweenZeroAndHundredWhenAcquiredCustomersCount(@ForAll("tallies") List<ActivityTally> tallies) {
        MetricRequest request = new MetricRequest(
                JUNE_BY_PLAN.period(),
                JUNE_BY_PLAN.by(),
                Requests.SETTINGS.withConventions(
                        MetricConventions.defaults().withChurnDenominator(ChurnDenominator.START_PLUS_ACQUIRED)));

        for (MetricResult result : new ChurnRate().compute(request, inputs().withActivity(tallies))) {
            assertThat(result.numerator()).isBetween(BigDecimal.ZERO, result.denominator());
            if (result.hasData()) {
                assertThat(result.value()).isBetween(BigDecimal.ZERO, HUNDRED);
            }
        }
    }

    @Provide
    Arbitrary<List<ActivityTally>> tallies() {
        Arbitrary<ActivityTally> tally = Combinators.combine(
                        Arbitraries.of("basic", "pro", "enterprise").injectNull(0.2),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.longs().between(1, 1_000_000))
                // Active during the period whenever active at its start or end, and sometimes only in between.
                .as((segment, start, end, acquired, customers) ->
                        new ActivityTally(segment, start, end, start || end || acquired, acquired, customers));
        return tally.list().ofMaxSize(24);
    }
}
