package org.kizuna.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void isNoDataOverAnEmptyDenominator() {
        assertThat(Ratio.of(3, 0).isDefined()).isFalse();
        assertThat(Ratio.of(3, 0).value()).isNull();
        assertThat(Ratio.of(3, 0).percent()).isNull();
    }

    @Test
    void dividesWithoutRounding() {
        // 100 × 2 / 3 = 66.666…, kept to sixteen significant digits
        assertThat(Ratio.of(2, 3).percent()).isEqualByComparingTo("66.66666666666667");
        assertThat(Ratio.of(new BigDecimal("672.00"), 6).value()).isEqualByComparingTo("112");
    }
}
