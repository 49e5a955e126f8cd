package org.kizuna.metrics.advocacy;

import java.math.BigDecimal;

/** What this family's results share. */
final class AdvocacyResults {

    private AdvocacyResults() {}

    /** A count as a numerator or denominator. */
    static BigDecimal count(long count) {
        return BigDecimal.valueOf(count);
    }
}
