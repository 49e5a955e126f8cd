package org.kizuna.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;
import static org.kizuna.metrics.TallyRows.customersMoving;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.InMemoryInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;

class MonthlyRecurringRevenueTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final MonthlyRecurringRevenue mrr = new MonthlyRecurringRevenue();

    /** 3 customers expanding, 2 new, 1 churned, 1 active on a free plan. */
    private static InMemoryInputs june() {
        return inputs().withMrr(
                        customersMoving(3, "307.00", "461.00"),
                        customersMoving(2, "0", "211.00"),
                        customersMoving(1, "53.00", "0"),
                        customersMoving(1, "0", "0"))
                .withActivity(
                        customers(4).activeAtStart().activeAtEnd(),
                        customers(2).acquired().activeAtEnd(),
                        customers(1).activeAtStart());
    }

    @Test
    void sumsMrrOnThePeriodsLastDay() {
        MetricResult result = mrr.compute(JUNE, june()).get(0);

        // 461.00 + 211.00; the churned 53.00 was MRR the day before the period only
        assertThat(result.value()).isEqualByComparingTo("672.00");
        assertThat(result.unit()).isEqualTo("USD");
        assertThat(result.numerator()).isNull();
        assertThat(result.denominator()).isNull();
    }

    @Test
    void decomposesIntoActiveCustomersTimesRevenuePerCustomer() {
        MetricResult result = mrr.compute(JUNE, june()).get(0);

        assertThat(result.parts().keySet()).containsExactly("active_customers", "paying_customers", "arpu");
        assertThat(result.parts())
                .containsEntry("active_customers", 6L) // 4 + 2
                .containsEntry("paying_customers", 5L) // 3 + 2; the free customer pays nothing
                .containsEntry("arpu", new BigDecimal("112.00")); // 672.00 / 6
    }

    @Test
    void roundsToTheReportingCurrencysMinorUnit() {
        // An annual plan of 10 000 yen is 10 000 / 12 = 833.33… yen a month.
        MetricResult result = mrr.compute(
                        Requests.inCurrency("JPY", "2024-06"),
                        inputs().withMrr(customersMoving(1, "833.3333333333", "833.3333333333")))
                .get(0);

        assertThat(result.value()).isEqualTo(new BigDecimal("833"));
        assertThat(result.unit()).isEqualTo("JPY");
    }

    @Test
    void reportsNoDataWithoutSubscriptions() {
        MetricResult result = mrr.compute(
                        JUNE, inputs().withActivity(customers(5).activeAtEnd()))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.parts()).containsEntry("active_customers", 5L).containsEntry("arpu", null);
    }

    @Test
    void isZeroWhenSubscriptionsExistButNoneCoversTheLastDay() {
        MetricResult result = mrr.compute(
                        JUNE,
                        inputs().withMrr(customersMoving(5, "89.00", "0"))
                                .withActivity(customers(5).activeAtStart()))
                .get(0);

        assertThat(result.value()).isEqualByComparingTo("0.00");
        assertThat(result.parts()).containsEntry("active_customers", 0L).containsEntry("arpu", null);
    }

    @Test
    void givesASegmentSeenOnlyInActivityItsOwnResult() {
        List<MetricResult> results = mrr.compute(
                Requests.brokenDownBy("plan", "2024-06"),
                inputs().withMrr(customersMoving(3, "0", "307.00").in("pro"))
                        .withActivity(
                                customers(3).acquired().activeAtEnd().in("pro"),
                                customers(2).activeAtEnd().in("free")));

        assertThat(results)
                .extracting(MetricResult::segment)
                .containsExactly(Segment.ALL, Segment.of("plan", "free"), Segment.of("plan", "pro"));
        assertThat(results)
                .extracting(MetricResult::value)
                .containsExactly(new BigDecimal("307.00"), new BigDecimal("0.00"), new BigDecimal("307.00"));
        assertThat(results.get(1).parts()).containsEntry("active_customers", 2L);
    }
}
