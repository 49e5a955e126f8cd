package org.kizuna.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {

    private static ValueCount count(String value, long count) {
        return new ValueCount(null, new BigDecimal(value), count);
    }

    @Test
    void meanAndQuantilesOfCountedValues() {
        // values 1, 2, 2, 2, 10 (n = 5), given out of order
        Distribution d = Distribution.of(List.of(count("10", 1), count("2", 3), count("1", 1)));

        assertThat(d.size()).isEqualTo(5);
        assertThat(d.mean()).isEqualByComparingTo("3.4"); // (1 + 2 + 2 + 2 + 10) / 5 = 17 / 5
        assertThat(d.median()).isEqualByComparingTo("2"); // rank 0.5 × 4 = 2 → x[2] = 2
        // p90: rank 0.9 × 4 = 3.6, between x[3] = 2 and x[4] = 10: 2 + 0.6 × 8 = 6.8
        assertThat(d.quantile(new BigDecimal("0.9"))).isEqualByComparingTo("6.8");
        assertThat(d.quantile(BigDecimal.ZERO)).isEqualByComparingTo("1");
        assertThat(d.quantile(BigDecimal.ONE)).isEqualByComparingTo("10");
        assertThat(d.atOrBelow(new BigDecimal("2"))).isEqualTo(4);
    }

    @Test
    void anEvenCountInterpolatesTheMedian() {
        // values 1, 4 → rank 0.5 × 1 = 0.5: 1 + 0.5 × 3 = 2.5 (numpy.median([1, 4]) = 2.5)
        Distribution d = Distribution.of(List.of(count("1", 1), count("4", 1)));

        assertThat(d.median()).isEqualByComparingTo("2.5");
    }

    @Test
    void anEmptyDistributionHasNoMeanAndNoQuantiles() {
        Distribution d = Distribution.of(List.of(count("3", 0)));

        assertThat(d.size()).isZero();
        assertThat(d.mean()).isNull();
        assertThat(d.median()).isNull();
    }

    @Test
    void refusesAQuantileOutsideZeroToOne() {
        Distribution d = Distribution.of(List.of(count("3", 1)));

        assertThatThrownBy(() -> d.quantile(new BigDecimal("1.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantile 1.5 is outside 0..1");
    }
}
