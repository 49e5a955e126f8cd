package org.kizuna.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customersMoving;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class GrowthMrrTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final GrowthMrr growth = new GrowthMrr();

    @Test
    void sumsTheIncreasesOfCustomersWhoPaidOnBothDaysOnly() {
        MetricResult result = growth.compute(
                        JUNE,
                        inputs().withMrr(
                                        customersMoving(3, "307.00", "461.00"), // expansion
                                        customersMoving(2, "0", "211.00"), // new
                                        customersMoving(4, "0", "97.00").hadMrrBefore(), // reactivation
                                        customersMoving(5, "503.00", "401.00"), // contraction
                                        customersMoving(1, "53.00", "0"), // churned
                                        customersMoving(6, "120.00", "120.00"))) // unchanged
                .get(0);

        // 461 − 307 = 154 from the 3 expanding customers; the new 211 and reactivated 97 are excluded: 308
        assertThat(result.value()).isEqualByComparingTo("154.00");
        assertThat(result.unit()).isEqualTo("USD");
        assertThat(result.parts())
                .containsEntry("customers", 3L)
                .containsEntry("new_mrr_excluded", new BigDecimal("308.00"));
    }

    @Test
    void saysItIsTheStandardExpansionMovementBetweenTheTwoMonthEnds() {
        MetricResult result = growth.compute(JUNE, inputs().withMrr(customersMoving(1, "10.00", "20.00")))
                .get(0);

        assertThat(result.convention()).contains("standard expansion movement").contains("2024-05-31 and 2024-06-30");
    }

    @Test
    void isZeroWhenSubscribersExistButNobodyGrew() {
        MetricResult result = growth.compute(JUNE, inputs().withMrr(customersMoving(2, "0", "211.00")))
                .get(0);

        assertThat(result.value()).isEqualByComparingTo("0.00");
        assertThat(result.parts()).containsEntry("new_mrr_excluded", new BigDecimal("211.00"));
    }

    @Test
    void reportsNoDataWithoutSubscriptions() {
        MetricResult result = growth.compute(JUNE, inputs()).get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("customers", 0L).containsEntry("new_mrr_excluded", null);
    }

    @Test
    void breaksDownByPlan() {
        List<MetricResult> results = growth.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withMrr(
                                customersMoving(3, "307.00", "461.00").in("pro"),
                                customersMoving(2, "100.00", "150.00").in("basic"),
                                customersMoving(1, "0", "80.00").in(null)));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"), Segment.of("plan", null));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("204.00"), // 50 + 154
                        new BigDecimal("50.00"), // 150 − 100
                        new BigDecimal("154.00"), // 461 − 307
                        new BigDecimal("0.00")); // a new customer only
    }
}
