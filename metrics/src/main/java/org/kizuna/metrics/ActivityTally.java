package org.kizuna.metrics;

/**
 * How many customers of one segment value share one combination of activity at the period's start (on the
 * day before its first day, the state the period opens with), on
 * its last day, and acquisition (signup date) within it. Tallies of one segment add up.
 *
 * @param segmentValue the segment's attribute value (null where the customer lacks it, or for the whole
 *     base when no breakdown was asked for)
 * @param activeAtStart active on the day before the period's first day
 * @param activeAtEnd active on the period's last day
 * @param activeDuring active on at least one day of the period (the base of "per active customer" rates)
 * @param acquired signup_date within the period
 * @param customers how many customers share these flags
 */
public record ActivityTally(
        String segmentValue,
        boolean activeAtStart,
        boolean activeAtEnd,
        boolean activeDuring,
        boolean acquired,
        long customers) {}
