package org.kizuna.metrics.advocacy;

import java.math.BigDecimal;

/**
 * Loyalty points of one row type (earn, redeem, expire, enroll) that moved in a period.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param type the loyalty row type
 * @param points the absolute values of the rows' points summed (a row without points counts 0)
 */
public record PointsTally(String segmentValue, String type, BigDecimal points) {}
