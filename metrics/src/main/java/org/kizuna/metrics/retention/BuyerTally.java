package org.kizuna.metrics.retention;

/**
 * How many customers of one segment value made the same number of purchases (orders of positive amount) in
 * the period and share whether they had made one before it. Tallies of one segment add up.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param orders orders of positive amount within the period, at least one
 * @param boughtBefore an order of positive amount before the period's first day
 * @param customers how many customers share both
 */
public record BuyerTally(String segmentValue, long orders, boolean boughtBefore, long customers) {}
