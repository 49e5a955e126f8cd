package org.kizuna.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;
import static org.kizuna.metrics.revenue.ValueRows.cost;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class CustomerRetentionCostTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final CustomerRetentionCost crc = new CustomerRetentionCost();

    @Test
    void dividesRetentionAndSuccessCostsByTheCustomersActiveDuringThePeriod() {
        MetricResult result = crc.compute(
                        JUNE,
                        inputs().withActivity(
                                        customers(8).activeAtStart().activeAtEnd(),
                                        customers(2).activeAtStart(),
                                        customers(5).acquired().activeAtEnd(),
                                        customers(4))
                                .withValue(new InMemoryValueInputs()
                                        .withCosts(
                                                cost("retention", "1000.00"),
                                                cost("success", "500.00"),
                                                cost("marketing", "900.00"))))
                .get(0);

        // (1000 + 500) / (8 + 2 + 5 active during June; the 4 inactive do not count) = 100
        assertThat(result.value()).isEqualByComparingTo("100.00");
        assertThat(result.numerator()).isEqualByComparingTo("1500.00");
        assertThat(result.denominator()).isEqualByComparingTo("15");
        assertThat(result.parts())
                .containsEntry("retention", new BigDecimal("1000.00"))
                .containsEntry("success", new BigDecimal("500.00"))
                .containsEntry("active_customers", 15L);
    }

    @Test
    void givesTaggedCostsToTheirPlanAndSharesTheRestByActiveCustomers() {
        List<MetricResult> results = crc.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withActivity(
                                customers(4).activeAtStart().activeAtEnd().in("pro"),
                                customers(5).activeAtEnd().in("basic"),
                                customers(3).activeDuring().in("basic"),
                                customers(10).in("basic"))
                        .withValue(new InMemoryValueInputs()
                                .withCosts(
                                        cost("retention", "600.00").taggedWith("plan", "pro"),
                                        cost("success", "900.00"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("125.00"), // 1500 / 12 active
                        new BigDecimal("75.00"), // success 900 × 8/12 = 600, over 8
                        new BigDecimal("225.00")); // retention 600 + success 900 × 4/12 = 300, over 4
    }

    @Test
    void reportsNoDataWithoutActiveCustomersOrWithoutCosts() {
        MetricResult noCustomers = crc.compute(
                        JUNE,
                        inputs().withActivity(customers(3))
                                .withValue(new InMemoryValueInputs().withCosts(cost("retention", "100.00"))))
                .get(0);
        MetricResult noCosts = crc.compute(
                        JUNE, inputs().withActivity(customers(3).activeAtEnd()))
                .get(0);

        assertThat(noCustomers.value()).isNull();
        assertThat(noCosts.value()).isNull();
        assertThat(noCosts.parts()).containsEntry("retention", null).containsEntry("active_customers", 3L);
    }
}
