package org.kizuna.metrics.revenue;

import java.math.BigDecimal;

/**
 * Orders of one segment value, kind and recurring flag placed within the period. Tallies of one segment add
 * up.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param kind the orders' kind (new, renewal, upsell, cross_sell, add_on, other), or null when not given
 * @param recurring whether the orders are marked recurring (an unmarked order is not)
 * @param orders how many orders
 * @param ordersWithoutMargin those of the orders without a gross margin
 * @param revenue the orders' summed amount in the reporting currency
 * @param marginedRevenue the summed amount of the orders that carry a gross margin
 * @param margin the summed gross margin of those orders
 */
public record OrderTally(
        String segmentValue,
        String kind,
        boolean recurring,
        long orders,
        long ordersWithoutMargin,
        BigDecimal revenue,
        BigDecimal marginedRevenue,
        BigDecimal margin) {}
