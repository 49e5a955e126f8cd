package org.kizuna.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;
import static org.kizuna.metrics.TallyRows.customersMoving;

import org.junit.jupiter.api.Test;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Requests;

class AverageRevenuePerAccountTest {

    private static final MetricRequest JUNE = Requests.wholeBase("2024-06");

    private final AverageRevenuePerAccount arpu = new AverageRevenuePerAccount();

    @Test
    void dividesMrrByEveryCustomerActiveOnTheLastDayPayingOrNot() {
        MetricResult result = arpu.compute(
                        JUNE,
                        inputs().withMrr(customersMoving(3, "0", "307.00"), customersMoving(2, "0", "0"))
                                .withActivity(customers(5).acquired().activeAtEnd()))
                .get(0);

        // 307.00 / (3 + 2) = 61.40; over the 3 paying customers only it would be 102.33
        assertThat(result.value()).isEqualByComparingTo("61.40");
        assertThat(result.unit()).isEqualTo("USD");
        assertThat(result.numerator()).isEqualByComparingTo("307.00");
        assertThat(result.denominator()).isEqualByComparingTo("5");
    }

    @Test
    void reportsNoDataWithoutActiveCustomers() {
        MetricResult result = arpu.compute(
                        JUNE,
                        inputs().withMrr(customersMoving(7, "89.00", "0"))
                                .withActivity(customers(7).activeAtStart()))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.denominator()).isEqualByComparingTo("0");
    }

    @Test
    void reportsNoDataWithoutSubscriptions() {
        MetricResult result = arpu.compute(
                        JUNE, inputs().withActivity(customers(7).activeAtEnd()))
                .get(0);

        assertThat(result.value()).isNull();
        assertThat(result.numerator()).isNull();
    }
}
