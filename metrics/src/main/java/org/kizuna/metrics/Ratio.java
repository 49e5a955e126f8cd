package org.kizuna.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A quotient whose empty denominator means "no data" (null), never 0, NaN or an exception. Divisions use
 * {@link MathContext#DECIMAL64} and are left unrounded: rounding for output is {@link Unit}'s job alone.
 *
 * @param numerator the figure above the line
 * @param denominator the figure below the line
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Ratio {
        Objects.requireNonNull(numerator);
        Objects.requireNonNull(denominator);
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    public static Ratio of(BigDecimal numerator, long denominator) {
        return new Ratio(numerator, BigDecimal.valueOf(denominator));
    }

    public boolean isDefined() {
        return denominator.signum() != 0;
    }

    /** numerator / denominator, or null when the denominator is zero. */
    public BigDecimal value() {
        return isDefined() ? numerator.divide(denominator, MathContext.DECIMAL64) : null;
    }

    /** 100 × numerator / denominator in one division, or null when the denominator is zero. */
    public BigDecimal percent() {
        return isDefined() ? numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64) : null;
    }
}
