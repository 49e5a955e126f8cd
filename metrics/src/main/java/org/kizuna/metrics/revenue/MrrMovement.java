package org.kizuna.metrics.revenue;

import java.math.BigDecimal;
import org.kizuna.metrics.MrrChangeGroup;

/**
 * How a customer's MRR moved between the day before the period and its last day; {@link
 * MrrMovements#classify} decides which applies. UNCHANGED and NONE move nothing and appear in no part.
 */
public enum MrrMovement {
    /** Was zero, never had MRR before, now positive. */
    NEW,
    /** Positive on both days, higher at the end. */
    EXPANSION,
    /** Positive on both days, lower at the end. */
    CONTRACTION,
    /** Was positive, now zero. */
    CHURNED,
    /** Was zero after having had MRR before, now positive. */
    REACTIVATION,
    /** Positive on both days and the same. */
    UNCHANGED,
    /** Zero on both days. */
    NONE;

    /** The MRR a group moved by under this movement, as a positive amount (zero when nothing moved). */
    public BigDecimal amount(MrrChangeGroup group) {
        return switch (this) {
            case NEW, REACTIVATION -> group.endMrr();
            case EXPANSION -> group.endMrr().subtract(group.startMrr());
            case CONTRACTION -> group.startMrr().subtract(group.endMrr());
            case CHURNED -> group.startMrr();
            case UNCHANGED, NONE -> BigDecimal.ZERO;
        };
    }
}
