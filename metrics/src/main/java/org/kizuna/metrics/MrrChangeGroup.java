package org.kizuna.metrics;

import java.math.BigDecimal;

/**
 * Customers of one segment value whose MRR changed alike between the day before the period (start) and the
 * period's last day (end): all share whether start and end were positive, the direction of the change, and
 * whether they had positive MRR on or before the start day. Sums are in the reporting currency.
 *
 * @param segmentValue the segment's attribute value, as in {@link ActivityTally}
 * @param startPositive MRR on the start day was above zero
 * @param endPositive MRR on the end day was above zero
 * @param direction the sign of (end − start): −1, 0 or 1
 * @param hadMrrBefore positive MRR on any day up to and including the start day
 * @param customers how many customers the group holds
 * @param startMrr the customers' summed MRR on the start day
 * @param endMrr the customers' summed MRR on the end day
 */
public record MrrChangeGroup(
        String segmentValue,
        boolean startPositive,
        boolean endPositive,
        int direction,
        boolean hadMrrBefore,
        long customers,
        BigDecimal startMrr,
        BigDecimal endMrr) {}
