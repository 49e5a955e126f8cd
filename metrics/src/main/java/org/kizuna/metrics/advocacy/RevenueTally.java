package org.kizuna.metrics.advocacy;

import java.math.BigDecimal;

/**
 * Orders of a period from the customers of one segment value who were, or were not, acquired by referral.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param referred the customers' {@code referred_by} is set
 * @param buyingCustomers customers with at least one order of positive amount in the period
 * @param orders orders in the period, refunds included
 * @param revenue the orders' amounts summed, in the reporting currency (refunds are negative)
 */
public record RevenueTally(
        String segmentValue, boolean referred, long buyingCustomers, long orders, BigDecimal revenue) {}
