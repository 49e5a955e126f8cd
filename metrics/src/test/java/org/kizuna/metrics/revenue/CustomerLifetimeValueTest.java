package org.kizuna.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;
import static org.kizuna.metrics.TallyRows.customersMoving;
import static org.kizuna.metrics.revenue.ValueRows.orders;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.domain.MetricConventions;
import org.kizuna.domain.MetricConventions.ClvBasis;
import org.kizuna.metrics.InMemoryInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class CustomerLifetimeValueTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final CustomerLifetimeValue clv = new CustomerLifetimeValue();

    /**
     * Six customers acquired by 30 June: 3 with 5 orders (1500 revenue, 600 margin), 1 without orders, 2 with 2
     * orders (400 revenue, 100 margin on the one carrying a margin). In June: 5 customers active at the start,
     * 1 of them lost, MRR 400 over the 4 active on the 30th; June's orders 400 with 300 margin, and 100 without.
     */
    private static InMemoryInputs company() {
        return inputs().withMrr(customersMoving(4, "400.00", "400.00"), customersMoving(1, "100.00", "0"))
                .withActivity(
                        customers(4).activeAtStart().activeAtEnd(), customers(1).activeAtStart())
                .withValue(new InMemoryValueInputs()
                        .withCustomers(
                                ValueRows.customers(3).ordered(5, "1500.00", "600.00"),
                                ValueRows.customers(1),
                                ValueRows.customers(2)
                                        .ordered(2, "400.00", "100.00")
                                        .withoutMargin(1))
                        .withOrders(
                                orders(2, "renewal", "400.00").margin("300.00"),
                                orders(1, "upsell", "100.00").withoutMargin()));
    }

    @Test
    void dividesTheMarginOfEveryOrderSoFarByEveryCustomerAcquired() {
        MetricResult result = clv.compute(JUNE, company()).get(0);

        // (600 + 100) / 6 customers = 116.666…; the order without a margin adds nothing
        assertThat(result.value()).isEqualByComparingTo("116.67");
        assertThat(result.numerator()).isEqualByComparingTo("700.00");
        assertThat(result.denominator()).isEqualByComparingTo("6");
        assertThat(result.parts()).containsEntry("customers", 6L).containsEntry("orders_without_margin", 1L);
        assertThat(result.convention()).startsWith("historic CLV = gross margin");
    }

    @Test
    void showsTheSimplePredictiveClvBeside() {
        MetricResult result = clv.compute(JUNE, company()).get(0);

        // ARPU 400 / 4 = 100; margin 300 / 400 of June's orders with a margin = 75 %; churn 1 of 5 = 20 % in one
        // month; 100 × 0.75 / 0.2 = 375
        assertThat(result.parts())
                .containsEntry("predictive", new BigDecimal("375.00"))
                .containsEntry("arpu", new BigDecimal("100.00"))
                .containsEntry("margin_pct", new BigDecimal("75.00"))
                .containsEntry("monthly_churn_pct", new BigDecimal("20.00"));
    }

    @Test
    void addsUpRevenueOnTheRevenueBasis() {
        MetricResult result = clv.compute(onRevenue(JUNE), company()).get(0);

        // (1500 + 400) / 6 = 316.666…; predictive 100 × 1 / 0.2 = 500
        assertThat(result.value()).isEqualByComparingTo("316.67");
        assertThat(result.parts())
                .containsEntry("predictive", new BigDecimal("500.00"))
                .containsEntry("margin_pct", new BigDecimal("100.00"));
        assertThat(result.convention()).contains("clv.basis = revenue");
    }

    @Test
    void tellsToSwitchToRevenueWhenNoOrderCarriesAMargin() {
        InMemoryInputs inputs = inputs().withValue(new InMemoryValueInputs()
                .withCustomers(ValueRows.customers(2).ordered(3, "900.00", "0").withoutMargin(3)));

        MetricResult onMargin = clv.compute(JUNE, inputs).get(0);
        MetricResult onRevenue = clv.compute(onRevenue(JUNE), inputs).get(0);

        assertThat(onMargin.value()).isNull();
        assertThat(onMargin.convention())
                .startsWith("no order carries a gross_margin: set clv.basis = revenue to compute CLV from revenue");
        assertThat(onRevenue.value()).isEqualByComparingTo("450.00"); // 900 / 2
    }

    @Test
    void reportsNoDataWithoutAnyOrder() {
        MetricResult result = clv.compute(
                        JUNE, inputs().withValue(new InMemoryValueInputs().withCustomers(ValueRows.customers(5))))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("customers", 5L);
        assertThat(result.convention()).startsWith("historic CLV");
    }

    @Test
    void takesArpuFromOrdersPerMonthWithoutSubscriptions() {
        MetricResult result = clv.compute(
                        Requests.wholeBase("2024-Q2"),
                        inputs().withActivity(
                                        customers(2).activeAtStart().activeAtEnd(),
                                        customers(2).activeAtStart())
                                .withValue(new InMemoryValueInputs()
                                        .withCustomers(ValueRows.customers(4).ordered(4, "1200.00", "600.00"))
                                        .withOrders(orders(4, "new", "1200.00").margin("600.00"))))
                .get(0);

        // historic 600 / 4 = 150; ARPU 1200 / 4 active during the quarter / 3 months = 100; margin 50 %;
        // churn 2 of 4 = 50 % a quarter, 1 − 0.5^(1/3) = 0.2062994… a month; 100 × 0.5 / 0.2062994… = 242.366…
        assertThat(result.value()).isEqualByComparingTo("150.00");
        assertThat(result.parts())
                .containsEntry("arpu", new BigDecimal("100.00"))
                .containsEntry("margin_pct", new BigDecimal("50.00"))
                .containsEntry("monthly_churn_pct", new BigDecimal("20.63"))
                .containsEntry("predictive", new BigDecimal("242.37"));
        assertThat(result.convention()).contains("customers active during it / 3 months");
    }

    @Test
    void hasNoPredictiveValueWhenNobodyChurned() {
        MetricResult result = clv.compute(
                        JUNE,
                        inputs().withMrr(customersMoving(2, "200.00", "200.00"))
                                .withActivity(customers(2).activeAtStart().activeAtEnd())
                                .withValue(new InMemoryValueInputs()
                                        .withCustomers(ValueRows.customers(2).ordered(2, "200.00", "100.00"))
                                        .withOrders(
                                                orders(2, "renewal", "200.00").margin("100.00"))))
                .get(0);

        assertThat(result.value()).isEqualByComparingTo("50.00"); // 100 / 2
        assertThat(result.parts())
                .containsEntry("monthly_churn_pct", new BigDecimal("0.00"))
                .containsEntry("predictive", null);
    }

    @Test
    void breaksDownByPlan() {
        List<MetricResult> results = clv.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withValue(new InMemoryValueInputs()
                        .withCustomers(
                                ValueRows.customers(2)
                                        .ordered(2, "1000.00", "500.00")
                                        .in("pro"),
                                ValueRows.customers(3)
                                        .ordered(3, "300.00", "90.00")
                                        .in("basic"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "basic"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("118.00"), // (500 + 90) / 5
                        new BigDecimal("30.00"), // 90 / 3
                        new BigDecimal("250.00")); // 500 / 2
    }

    @Test
    void reportsNoDataForAnEmptyWorkspace() {
        List<MetricResult> results = clv.compute(Requests.brokenDownBy("plan", "2024-06"), inputs());

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.segment()).isEqualTo(Segment.ALL);
            assertThat(result.value()).isNull();
            assertThat(result.parts()).containsEntry("predictive", null).containsEntry("arpu", null);
        });
    }

    static MetricRequest onRevenue(MetricRequest request) {
        return new MetricRequest(
                request.period(),
                request.by(),
                request.settings().withConventions(MetricConventions.defaults().withClvBasis(ClvBasis.REVENUE)));
    }
}
