package org.kizuna.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;
import static org.kizuna.metrics.TallyRows.customersMoving;
import static org.kizuna.metrics.revenue.ValueRows.orders;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class ExpansionMrrTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final ExpansionMrr expansion = new ExpansionMrr();

    @Test
    void addsTheMonthsNonRecurringExpansionOrdersToMrr() {
        MetricResult result = expansion
                .compute(
                        JUNE,
                        inputs().withMrr(customersMoving(3, "307.00", "461.00"), customersMoving(2, "0", "211.00"))
                                .withActivity(customers(5).activeAtEnd())
                                .withValue(new InMemoryValueInputs()
                                        .withOrders(
                                                orders(2, "upsell", "300.00"),
                                                orders(1, "cross_sell", "120.00"),
                                                orders(1, "add_on", "80.00").recurring(),
                                                orders(3, "renewal", "1000.00"),
                                                orders(1, null, "55.00"))))
                .get(0);

        // MRR 461 + 211 = 672 = 5 active × ARPA 134.40; non-recurring upsell 300 + cross-sell 120 = 420 over
        // 1 month (the recurring add-on, the renewal and the order without a kind do not count): 672 + 420
        assertThat(result.value()).isEqualByComparingTo("1092.00");
        assertThat(result.parts())
                .containsEntry("mrr", new BigDecimal("672.00"))
                .containsEntry("active_customers", 5L)
                .containsEntry("arpa", new BigDecimal("134.40"))
                .containsEntry("non_recurring_monthly", new BigDecimal("420.00"))
                .containsEntry("standard_expansion", new BigDecimal("154.00")); // 461 − 307
        assertThat(result.convention()).contains("003's expansion MRR, not the standard movement");
    }

    @Test
    void averagesNonRecurringRevenuePerMonthOverAQuarter() {
        MetricResult result = expansion
                .compute(
                        Requests.wholeBase("2024-Q2"),
                        inputs().withMrr(customersMoving(4, "0", "400.00"))
                                .withActivity(customers(4).acquired().activeAtEnd())
                                .withValue(new InMemoryValueInputs().withOrders(orders(3, "upsell", "900.00"))))
                .get(0);

        // 900 over 3 months = 300 a month; 400 + 300
        assertThat(result.value()).isEqualByComparingTo("700.00");
        assertThat(result.parts()).containsEntry("non_recurring_monthly", new BigDecimal("300.00"));
        assertThat(result.convention()).contains("/ 3 months");
    }

    @Test
    void reportsNoDataWithoutSubscriptionsButShowsTheNonRecurringPart() {
        MetricResult result = expansion
                .compute(
                        JUNE,
                        inputs().withActivity(customers(2).activeAtEnd())
                                .withValue(new InMemoryValueInputs().withOrders(orders(1, "upsell", "300.00"))))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts())
                .containsEntry("mrr", null)
                .containsEntry("arpa", null)
                .containsEntry("non_recurring_monthly", new BigDecimal("300.00"))
                .containsEntry("standard_expansion", null);
    }

    @Test
    void givesASegmentToAValueSeenInOrdersOnly() {
        List<MetricResult> results = expansion.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withMrr(customersMoving(3, "307.00", "461.00").in("pro"))
                        .withActivity(customers(3).activeAtStart().activeAtEnd().in("pro"))
                        .withValue(new InMemoryValueInputs()
                                .withOrders(orders(1, "upsell", "200.00").in("enterprise"))));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "enterprise"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(
                        new BigDecimal("661.00"), // 461 + 200
                        new BigDecimal("200.00"), // no MRR, 200 of upsell
                        new BigDecimal("461.00"));
        assertThat(results.get(1).parts()).containsEntry("arpa", null); // nobody active in enterprise
    }
}
