package org.kizuna.metrics.revenue;

import java.math.BigDecimal;

/**
 * Customers of one segment value, referred or not, acquired on or before the period's last day, with what
 * their orders up to that day add up to. Tallies of one segment add up.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param referred acquired by referral ({@code referred_by} set)
 * @param customers how many customers, with or without orders
 * @param orders their orders placed up to the end of the period's last day
 * @param ordersWithoutMargin those of the orders without a gross margin
 * @param revenue the orders' summed amount, refunds included, in the reporting currency
 * @param margin the summed gross margin of the orders that carry one
 */
public record CustomerValueTally(
        String segmentValue,
        boolean referred,
        long customers,
        long orders,
        long ordersWithoutMargin,
        BigDecimal revenue,
        BigDecimal margin) {}
