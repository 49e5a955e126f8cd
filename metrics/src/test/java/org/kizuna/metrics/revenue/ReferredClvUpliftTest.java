package org.kizuna.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class ReferredClvUpliftTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final ReferredClvUplift uplift = new ReferredClvUplift();

    @Test
    void comparesTheReferredCustomersMeanClvWithTheOthers() {
        InMemoryValueInputs value = new InMemoryValueInputs()
                .withCustomers(
                        ValueRows.customers(2).ordered(2, "700.00", "348.00").referred(),
                        ValueRows.customers(4).ordered(4, "1200.00", "600.00"));

        MetricResult result = uplift.compute(JUNE, inputs().withValue(value)).get(0);

        // referred 348 / 2 = 174, others 600 / 4 = 150; 174 / 150 − 1 = +16 % (003's figure)
        assertThat(result.value()).isEqualByComparingTo("16.00");
        assertThat(result.unit()).isEqualTo("percent");
        assertThat(result.parts())
                .containsEntry("referred_clv", new BigDecimal("174.00"))
                .containsEntry("other_clv", new BigDecimal("150.00"))
                .containsEntry("referred_customers", 2L)
                .containsEntry("other_customers", 4L);
        assertThat(value.queries("orders")).isZero();
        assertThat(value.queries("costs")).isZero();
    }

    @Test
    void usesTheRevenueBasisWhenSet() {
        MetricResult result = uplift.compute(
                        CustomerLifetimeValueTest.onRevenue(JUNE),
                        inputs().withValue(new InMemoryValueInputs()
                                .withCustomers(
                                        ValueRows.customers(2)
                                                .ordered(2, "700.00", "348.00")
                                                .referred(),
                                        ValueRows.customers(4).ordered(4, "1200.00", "600.00"))))
                .get(0);

        // 700 / 2 = 350 against 1200 / 4 = 300: 350 / 300 − 1 = 16.666… %
        assertThat(result.value()).isEqualByComparingTo("16.67");
    }

    @Test
    void reportsNoDataWithoutReferredCustomersOrWhenTheOthersAreWorthNothing() {
        MetricResult noReferrals = uplift.compute(
                        JUNE,
                        inputs().withValue(new InMemoryValueInputs()
                                .withCustomers(ValueRows.customers(4).ordered(4, "1200.00", "600.00"))))
                .get(0);
        MetricResult othersAtZero = uplift.compute(
                        JUNE,
                        inputs().withValue(new InMemoryValueInputs()
                                .withCustomers(
                                        ValueRows.customers(1)
                                                .ordered(1, "100.00", "50.00")
                                                .referred(),
                                        ValueRows.customers(3).ordered(3, "300.00", "0"))))
                .get(0);

        assertThat(noReferrals.value()).isNull();
        assertThat(noReferrals.parts()).containsEntry("referred_customers", 0L);
        assertThat(othersAtZero.value()).isNull();
    }

    @Test
    void breaksDownByPlan() {
        List<MetricResult> results = uplift.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withValue(new InMemoryValueInputs()
                        .withCustomers(
                                ValueRows.customers(1)
                                        .ordered(1, "300.00", "120.00")
                                        .referred()
                                        .in("pro"),
                                ValueRows.customers(1)
                                        .ordered(1, "300.00", "100.00")
                                        .in("pro"),
                                ValueRows.customers(2)
                                        .ordered(2, "300.00", "90.00")
                                        .referred()
                                        .in("basic"),
                                ValueRows.customers(3)
                                        .ordered(3, "300.00", "90.00")
                                        .in("basic"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("47.37"), // (120 + 90) / 3 = 70 against (100 + 90) / 4 = 47.5: 47.368… %
                        new BigDecimal("50.00"), // 90 / 2 = 45 against 90 / 3 = 30
                        new BigDecimal("20.00")); // 120 against 100
    }
}
