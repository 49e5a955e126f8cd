package org.kizuna.metrics.cohort;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * What a cohort table shows in each cell: the share of the cohort still active, the share of its first
 * month's MRR it still brings, or that MRR itself.
 */
public enum CohortMeasure {
    /** Active on the month's last day / customers in the cohort × 100. */
    RETENTION("percent"),
    /** MRR on the month's last day / the cohort's MRR at the end of its signup month × 100. */
    REVENUE_RETENTION("percent"),
    /** The cohort's MRR on the month's last day. */
    MRR("money");

    private final String unit;

    CohortMeasure(String unit) {
        this.unit = unit;
    }

    public static CohortMeasure of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "\"" + name + "\" is not a cohort measure: retention, revenue_retention or mrr");
        }
    }

    public String unit(String reportingCurrency) {
        return this == MRR ? reportingCurrency : unit;
    }

    /**
     * The cell's figure: null ("no data") when its denominator is empty or the workspace has no MRR.
     *
     * @param cell the cohort at this month's end
     * @param first the cohort at the end of its signup month
     */
    BigDecimal value(CohortTally cell, CohortTally first) {
        return switch (this) {
            case RETENTION ->
                cell.customers() == 0
                        ? null
                        : percent(BigDecimal.valueOf(cell.active()), BigDecimal.valueOf(cell.customers()));
            case REVENUE_RETENTION ->
                cell.mrr() == null || first.mrr() == null || first.mrr().signum() == 0
                        ? null
                        : percent(cell.mrr(), first.mrr());
            case MRR -> cell.mrr();
        };
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100))
                .divide(whole, MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
    }
}
