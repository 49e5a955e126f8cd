package org.kizuna.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customersMoving;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.InMemoryInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.revenue.MrrMovements;

class RevenueChurnTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final RevenueChurn churn = new RevenueChurn();

    private MetricResult wholeBase(InMemoryInputs inputs) {
        return churn.compute(JUNE, inputs).get(0);
    }

    /**
     * Expansion 2300 − 2000 = 300; contraction 300 − 230 = 70; churned 1020; reactivation 130; new 690 (not
     * in any revenue churn figure); 4 unchanged at 500 each. MRR at the start: 2000 + 300 + 1020 + 2000 = 5320.
     */
    private static InMemoryInputs movements() {
        return inputs().withMrr(
                        customersMoving(2, "2000", "2300"),
                        customersMoving(1, "300", "230"),
                        customersMoving(3, "1020", "0"),
                        customersMoving(1, "0", "130").hadMrrBefore(),
                        customersMoving(2, "0", "690"),
                        customersMoving(4, "2000", "2000"));
    }

    @Test
    void dividesChurnedAndContractionMrrByTheMrrAtTheStart() {
        MetricResult result = wholeBase(movements());

        // gross 100 × (1020 + 70) / 5320 = 20.488… → 20.49
        assertThat(result.value()).isEqualByComparingTo("20.49");
        assertThat(result.unit()).isEqualTo("percent");
        assertThat(result.numerator()).isEqualByComparingTo("1090");
        assertThat(result.denominator()).isEqualByComparingTo("5320");
        assertThat(result.parts().keySet())
                .containsExactly(
                        "net_pct", "nrr_pct", "mrr_start", "churned", "contraction", "expansion", "reactivation");
        assertThat(result.parts())
                // net 100 × (1090 − 300 − 130) / 5320 = 12.406… → 12.41; NRR 100 − 12.406… = 87.593… → 87.59
                .containsEntry("net_pct", new BigDecimal("12.41"))
                .containsEntry("nrr_pct", new BigDecimal("87.59"))
                .containsEntry("mrr_start", new BigDecimal("5320.00"))
                .containsEntry("churned", new BigDecimal("1020.00"))
                .containsEntry("contraction", new BigDecimal("70.00"))
                .containsEntry("expansion", new BigDecimal("300.00"))
                .containsEntry("reactivation", new BigDecimal("130.00"));
        assertThat(result.convention()).doesNotContain("negative churn");
    }

    @Test
    void agreesWithTheMrrMovementsOfTheSameGroups() {
        InMemoryInputs inputs = movements();
        MetricResult movements = new MrrMovements().compute(JUNE, inputs).get(0);
        MetricResult result = wholeBase(inputs);

        for (String movement : List.of("churned", "contraction", "expansion", "reactivation")) {
            assertThat(result.parts().get(movement))
                    .as(movement)
                    .isEqualTo(movements.parts().get(movement));
        }
        assertThat(result.parts().get("mrr_start")).isEqualTo(movements.parts().get("mrr_start"));
    }

    @Test
    void saysSoWhenNetChurnIsNegative() {
        MetricResult result =
                wholeBase(inputs().withMrr(customersMoving(1, "1000", "1500"), customersMoving(1, "200", "0")));

        // gross 100 × 200 / 1200 = 16.666… → 16.67; net 100 × (200 − 500) / 1200 = −25; NRR 100 + 25 = 125
        assertThat(result.value()).isEqualByComparingTo("16.67");
        assertThat(result.parts())
                .containsEntry("net_pct", new BigDecimal("-25.00"))
                .containsEntry("nrr_pct", new BigDecimal("125.00"));
        assertThat(result.convention()).contains("negative churn");
    }

    @Test
    void reportsNoDataWithoutSubscriptions() {
        List<MetricResult> results = churn.compute(Requests.brokenDownBy("plan", "2024-06"), inputs());

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.segment()).isEqualTo(Segment.ALL);
            assertThat(result.value()).isNull();
            assertThat(result.denominator()).isNull();
            assertThat(result.parts()).containsEntry("mrr_start", null).containsEntry("net_pct", null);
        });
    }

    @Test
    void reportsNoDataWhenNobodyPaidAtTheStart() {
        MetricResult result = wholeBase(inputs().withMrr(customersMoving(2, "0", "400")));

        assertThat(result.value()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("0");
        assertThat(result.parts())
                .containsEntry("mrr_start", new BigDecimal("0.00"))
                .containsEntry("net_pct", null)
                .containsEntry("nrr_pct", null);
    }

    @Test
    void breaksDownBySegment() {
        List<MetricResult> results = churn.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withMrr(
                                customersMoving(1, "1000", "900").in("pro"),
                                customersMoving(1, "500", "0").in("starter")));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "pro"), Segment.of("plan", "starter"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("40.00"), // 100 × (500 + 100) / 1500
                        new BigDecimal("10.00"), // 100 × 100 / 1000
                        new BigDecimal("100.00")); // 100 × 500 / 500
    }
}
