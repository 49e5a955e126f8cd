package org.kizuna.metrics.revenue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.kizuna.metrics.ActivityCounts;
import org.kizuna.metrics.Ratio;

/**
 * The simple predictive customer lifetime value: revenue per customer per month × gross-margin ratio /
 * monthly churn rate, i.e. a month's margin times the expected lifetime in months. No value when a factor is
 * unknown or nobody churns (an endless lifetime).
 *
 * @param arpu revenue per customer per month, or null
 * @param marginRatio gross margin / revenue (1 on the revenue basis), or null
 * @param monthlyChurn the share of customers lost per month (0 to 1), or null
 */
record PredictiveClv(BigDecimal arpu, BigDecimal marginRatio, BigDecimal monthlyChurn) {

    /** arpu × marginRatio / monthlyChurn, or null. */
    BigDecimal value() {
        if (arpu == null || marginRatio == null || monthlyChurn == null || monthlyChurn.signum() == 0) {
            return null;
        }
        return arpu.multiply(marginRatio).divide(monthlyChurn, MathContext.DECIMAL64);
    }

    /**
     * The period's churn rate (customers lost of those active at its start, as the churn rate metric counts
     * them) as a monthly rate: 1 − (1 − c)^(1 / months), so that a quarter losing 27.1 % loses 10 % a month.
     * Null without customers at the start.
     */
    static BigDecimal monthlyChurn(ActivityCounts counts, BigDecimal months) {
        BigDecimal churn = Ratio.of(counts.lost(), counts.activeAtStart()).value();
        if (churn == null || churn.signum() == 0 || months.compareTo(BigDecimal.ONE) == 0) {
            return churn;
        }
        double monthly = 1 - Math.pow(1 - churn.doubleValue(), 1 / months.doubleValue());
        return new BigDecimal(monthly, MathContext.DECIMAL64);
    }
}
