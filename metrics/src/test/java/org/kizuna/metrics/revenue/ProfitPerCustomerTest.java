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

class ProfitPerCustomerTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final ProfitPerCustomer profit = new ProfitPerCustomer();

    @Test
    void subtractsCacFromClv() {
        MetricResult result = profit.compute(
                        JUNE,
                        inputs().withActivity(customers(2).acquired())
                                .withValue(new InMemoryValueInputs()
                                        .withCustomers(ValueRows.customers(4).ordered(4, "2000.00", "1200.00"))
                                        .withCosts(cost("marketing", "150.00"), cost("sales", "50.00"))))
                .get(0);

        // CLV 1200 / 4 = 300; CAC (150 + 50) / 2 = 100; 300 − 100
        assertThat(result.value()).isEqualByComparingTo("200.00");
        assertThat(result.parts())
                .containsEntry("clv", new BigDecimal("300.00"))
                .containsEntry("cac", new BigDecimal("100.00"));
        assertThat(result.convention()).contains("that quotient is clv_cac");
    }

    @Test
    void reportsNoDataWithoutCac() {
        MetricResult result = profit.compute(
                        JUNE,
                        inputs().withValue(new InMemoryValueInputs()
                                .withCustomers(ValueRows.customers(4).ordered(4, "2000.00", "1200.00"))))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts())
                .containsEntry("clv", new BigDecimal("300.00"))
                .containsEntry("cac", null);
    }

    @Test
    void breaksDownByPlan() {
        List<MetricResult> results = profit.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withActivity(
                                customers(1).acquired().in("pro"),
                                customers(1).acquired().in("basic"))
                        .withValue(new InMemoryValueInputs()
                                .withCustomers(
                                        ValueRows.customers(1)
                                                .ordered(1, "900.00", "500.00")
                                                .in("pro"),
                                        ValueRows.customers(1)
                                                .ordered(1, "300.00", "100.00")
                                                .in("basic"))
                                .withCosts(cost("marketing", "300.00").taggedWith("plan", "pro"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("150.00"), // CLV 600 / 2 = 300 − CAC 300 / 2 = 150
                        new BigDecimal("100.00"), // 100 − 0: pro's cost is all pro's
                        new BigDecimal("200.00")); // 500 − 300
    }
}
