package org.kizuna.metrics;

import java.math.BigDecimal;

/**
 * How many items of one segment value measured one value: a bucket of a distribution, such as tickets whose
 * first reply took 2.5 hours. Rows of one segment add up to its whole distribution.
 *
 * @param segmentValue the segment's attribute value, as in {@link ActivityTally}
 * @param value the value measured
 * @param count how many items measured it
 */
public record ValueCount(String segmentValue, BigDecimal value, long count) {}
