package org.kizuna.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.ActivityCounts;

class PredictiveClvTest {

    // 1000 customers at the start, the given number of them lost
    private static ActivityCounts losing(long lost) {
        return new ActivityCounts(1000, 1000 - lost, 1000 - lost, lost, 0, 1000);
    }

    @Test
    void convertsAQuartersChurnToTheMonthlyRateThatCompoundsToIt() {
        // 271 of 1000 lost in 3 months: 1 − (1 − 0.271)^(1/3) = 1 − 0.729^(1/3) = 1 − 0.9 = 0.1
        assertThat(PredictiveClv.monthlyChurn(losing(271), BigDecimal.valueOf(3))
                        .doubleValue())
                .isCloseTo(0.1, within(1e-12));
    }

    @Test
    void keepsAMonthsChurnAsItIs() {
        assertThat(PredictiveClv.monthlyChurn(losing(50), BigDecimal.ONE)).isEqualByComparingTo("0.05");
        assertThat(PredictiveClv.monthlyChurn(losing(1000), BigDecimal.valueOf(3)))
                .isEqualByComparingTo("1");
    }

    @Test
    void hasNoChurnRateWithoutCustomersAtTheStart() {
        assertThat(PredictiveClv.monthlyChurn(new ActivityCounts(0, 5, 0, 0, 5, 5), BigDecimal.ONE))
                .isNull();
    }

    @Test
    void multipliesAMonthsMarginByTheExpectedLifetime() {
        // 100 × 0.4 / 0.05 = 800: 40 of margin a month for 20 months
        assertThat(new PredictiveClv(new BigDecimal("100"), new BigDecimal("0.4"), new BigDecimal("0.05")).value())
                .isEqualByComparingTo("800");
        assertThat(new PredictiveClv(new BigDecimal("100"), new BigDecimal("0.4"), BigDecimal.ZERO).value())
                .isNull();
        assertThat(new PredictiveClv(null, new BigDecimal("0.4"), new BigDecimal("0.05")).value())
                .isNull();
    }
}
