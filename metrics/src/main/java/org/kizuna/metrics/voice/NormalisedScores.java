package org.kizuna.metrics.voice;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Survey answers put on 0–100 as (score − scale_min) / (scale_max − scale_min) × 100, so that answers given on
 * different scales can be averaged together. Normalising is linear, so a sum of scores normalises in one step.
 */
final class NormalisedScores {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NormalisedScores() {}

    /**
     * The sum of the normalised answers whose scores add up to {@code scoreSum}.
     *
     * @param surveys the surveys answered, as an error names them
     * @throws IllegalArgumentException when the scale is empty
     */
    static BigDecimal sum(BigDecimal scoreSum, long answers, BigDecimal scaleMin, BigDecimal scaleMax, String surveys) {
        BigDecimal span = scaleMax.subtract(scaleMin);
        if (span.signum() <= 0) {
            throw new IllegalArgumentException(
                    surveys + ": the scale " + scaleMin.toPlainString() + "–" + scaleMax.toPlainString() + " is empty");
        }
        return scoreSum.subtract(scaleMin.multiply(BigDecimal.valueOf(answers)))
                .multiply(HUNDRED)
                .divide(span, MathContext.DECIMAL64);
    }
}
