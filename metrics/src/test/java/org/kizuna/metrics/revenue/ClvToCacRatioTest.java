package org.kizuna.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;
import static org.kizuna.metrics.revenue.ValueRows.cost;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.InMemoryInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.revenue.ClvToCacRatio.Band;

class ClvToCacRatioTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final ClvToCacRatio ratio = new ClvToCacRatio();

    /** CLV (2000 revenue, 1200 margin over 4 customers) = 300; CAC = marketing / 2 acquired. */
    private static InMemoryInputs company(String marketing) {
        return inputs().withActivity(customers(2).acquired().activeAtEnd())
                .withValue(new InMemoryValueInputs()
                        .withCustomers(ValueRows.customers(4).ordered(4, "2000.00", "1200.00"))
                        .withCosts(cost("marketing", marketing)));
    }

    @Test
    void dividesClvByCac() {
        MetricResult result = ratio.compute(JUNE, company("200.00")).get(0);

        // 300 / (200 / 2 = 100) = 3
        assertThat(result.value()).isEqualByComparingTo("3.00");
        assertThat(result.unit()).isEqualTo("ratio");
        assertThat(result.numerator()).isEqualByComparingTo("300.00");
        assertThat(result.denominator()).isEqualByComparingTo("100.00");
        assertThat(result.parts()).containsEntry("band", "healthy");
    }

    @Test
    void bandsTheRatioAs003Does() {
        // 300 / 150 = 2 (thin); 300 / 300 = 1 (break-even: loss band)
        assertThat(ratio.compute(JUNE, company("300.00")).get(0).parts()).containsEntry("band", "thin");
        assertThat(ratio.compute(JUNE, company("600.00")).get(0).parts()).containsEntry("band", "loss");
        assertThat(Band.of(new BigDecimal("3"))).isEqualTo(Band.HEALTHY);
        assertThat(Band.of(new BigDecimal("2.99"))).isEqualTo(Band.THIN);
        assertThat(Band.of(new BigDecimal("1.01"))).isEqualTo(Band.THIN);
        assertThat(Band.of(BigDecimal.ONE)).isEqualTo(Band.LOSS);
        assertThat(Band.of(new BigDecimal("-0.5"))).isEqualTo(Band.LOSS);
    }

    @Test
    void saysThatItExtends003sThinBandDownToOne() {
        assertThat(ratio.compute(JUNE, company("200.00")).get(0).convention()).contains("003 names 2–3");
    }

    @Test
    void reportsNoDataWhenCacIsZeroOrMissing() {
        MetricResult freeAcquisition = ratio.compute(JUNE, company("0")).get(0);
        MetricResult noCosts = ratio.compute(
                        JUNE,
                        inputs().withActivity(customers(2).acquired())
                                .withValue(new InMemoryValueInputs()
                                        .withCustomers(ValueRows.customers(4).ordered(4, "2000.00", "1200.00"))))
                .get(0);

        assertThat(freeAcquisition.value()).isNull();
        assertThat(freeAcquisition.parts()).containsEntry("band", null);
        assertThat(noCosts.value()).isNull();
    }

    @Test
    void breaksDownByPlanWithEachSegmentsClvAndCac() {
        List<MetricResult> results = ratio.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withActivity(
                                customers(1).acquired().in("pro"),
                                customers(3).acquired().in("basic"))
                        .withValue(new InMemoryValueInputs()
                                .withCustomers(
                                        ValueRows.customers(2)
                                                .ordered(2, "2000.00", "1000.00")
                                                .in("pro"),
                                        ValueRows.customers(4)
                                                .ordered(4, "800.00", "400.00")
                                                .in("basic"))
                                .withCosts(cost("marketing", "400.00"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("2.33"), // CLV 1400 / 6 = 233.33…, CAC 400 / 4 = 100
                        new BigDecimal("1.00"), // CLV 400 / 4 = 100, CAC 400 × 3/4 / 3 = 100
                        new BigDecimal("5.00")); // CLV 1000 / 2 = 500, CAC 400 × 1/4 / 1 = 100
    }
}
