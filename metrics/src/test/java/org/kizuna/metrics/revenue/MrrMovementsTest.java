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

class MrrMovementsTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final MrrMovements movements = new MrrMovements();

    @Test
    void classifiesAFirstPaymentAsNew() {
        assertThat(MrrMovements.classify(customersMoving(1, "0", "211.00").tally()))
                .isEqualTo(MrrMovement.NEW);
    }

    @Test
    void classifiesAPaymentAfterAGapAsReactivation() {
        assertThat(MrrMovements.classify(
                        customersMoving(1, "0", "97.00").hadMrrBefore().tally()))
                .isEqualTo(MrrMovement.REACTIVATION);
    }

    @Test
    void classifiesAHigherPaymentAsExpansion() {
        assertThat(MrrMovements.classify(customersMoving(1, "307.00", "461.00").tally()))
                .isEqualTo(MrrMovement.EXPANSION);
    }

    @Test
    void classifiesALowerPaymentAsContraction() {
        assertThat(MrrMovements.classify(customersMoving(1, "503.00", "401.00").tally()))
                .isEqualTo(MrrMovement.CONTRACTION);
    }

    @Test
    void classifiesAStoppedPaymentAsChurned() {
        assertThat(MrrMovements.classify(customersMoving(1, "53.00", "0").tally()))
                .isEqualTo(MrrMovement.CHURNED);
    }

    @Test
    void classifiesAnEqualPaymentAsUnchanged() {
        assertThat(MrrMovements.classify(customersMoving(1, "701.00", "701.00").tally()))
                .isEqualTo(MrrMovement.UNCHANGED);
    }

    @Test
    void classifiesNoPaymentOnEitherDayAsNone() {
        assertThat(MrrMovements.classify(
                        customersMoving(1, "0", "0").hadMrrBefore().tally()))
                .isEqualTo(MrrMovement.NONE);
    }

    @Test
    void sumsEachMovementAndReconcilesBothEnds() {
        MetricResult result = movements
                .compute(
                        JUNE,
                        inputs().withMrr(
                                        customersMoving(2, "0", "211.00"),
                                        customersMoving(17, "0", "97.00").hadMrrBefore(),
                                        customersMoving(3, "307.00", "461.00"),
                                        customersMoving(5, "503.00", "401.00"),
                                        customersMoving(13, "53.00", "0"),
                                        customersMoving(7, "701.00", "701.00"),
                                        customersMoving(11, "0", "0")))
                .get(0);

        // net = new 211 + expansion (461 − 307) + reactivation 97 − contraction (503 − 401) − churned 53
        //     = 211 + 154 + 97 − 102 − 53 = 307
        assertThat(result.value()).isEqualByComparingTo("307.00");
        assertThat(result.unit()).isEqualTo("USD");
        assertThat(result.parts().keySet())
                .containsExactly(
                        "new",
                        "expansion",
                        "contraction",
                        "churned",
                        "reactivation",
                        "mrr_start",
                        "mrr_end",
                        "new_customers",
                        "expansion_customers",
                        "contraction_customers",
                        "churned_customers",
                        "reactivation_customers");
        assertThat(result.parts())
                .containsEntry("new", new BigDecimal("211.00"))
                .containsEntry("expansion", new BigDecimal("154.00"))
                .containsEntry("contraction", new BigDecimal("102.00"))
                .containsEntry("churned", new BigDecimal("53.00"))
                .containsEntry("reactivation", new BigDecimal("97.00"))
                // 307 + 503 + 53 + 701 = 1564; 211 + 97 + 461 + 401 + 701 = 1871 = 1564 + 307
                .containsEntry("mrr_start", new BigDecimal("1564.00"))
                .containsEntry("mrr_end", new BigDecimal("1871.00"))
                .containsEntry("new_customers", 2L)
                .containsEntry("expansion_customers", 3L)
                .containsEntry("contraction_customers", 5L)
                .containsEntry("churned_customers", 13L)
                .containsEntry("reactivation_customers", 17L);
    }

    @Test
    void comparesTheDayBeforeThePeriodWithItsLastDay() {
        MetricResult result = movements
                .compute(JUNE, inputs().withMrr(customersMoving(2, "0", "211.00")))
                .get(0);

        assertThat(result.convention()).isEqualTo("each customer's MRR on 2024-05-31 vs 2024-06-30");
    }

    @Test
    void reportsNoDataWithoutSubscriptions() {
        MetricResult result = movements.compute(JUNE, inputs()).get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts())
                .containsEntry("new", null)
                .containsEntry("mrr_start", null)
                .containsEntry("mrr_end", null)
                .containsEntry("new_customers", 0L);
    }

    @Test
    void breaksDownBySegmentWithMovementsAddingUpToTheWholeBase() {
        List<MetricResult> results = movements.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withMrr(
                                customersMoving(3, "307.00", "461.00").in("pro"),
                                customersMoving(2, "0", "211.00").in("basic"),
                                customersMoving(13, "53.00", "0").in(null)));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(
                        Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"), Segment.of("plan", null));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("312.00"), // 154 + 211 − 53
                        new BigDecimal("211.00"),
                        new BigDecimal("154.00"), // 461 − 307
                        new BigDecimal("-53.00"));
    }
}
