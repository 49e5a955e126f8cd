package org.kizuna.metrics.revenue;

import java.math.BigDecimal;
import java.util.List;
import org.kizuna.domain.MetricConventions.ClvBasis;
import org.kizuna.metrics.Ratio;

/**
 * Historic customer lifetime value of a group of customers: what their orders up to the period's last day
 * add up to, per customer, on the workspace's basis (gross margin or revenue). A customer without orders counts
 * with nothing. There is no value without any order, nor, on the margin basis, without an order carrying a
 * margin: an absent margin is unknown, not zero.
 *
 * @param customers the customers acquired on or before the period's last day
 * @param orders their orders up to that day
 * @param ordersWithoutMargin those of the orders without a gross margin, which add nothing to the margin
 * @param revenue the orders' summed amount
 * @param margin the summed gross margin of the orders that carry one
 */
record HistoricClv(long customers, long orders, long ordersWithoutMargin, BigDecimal revenue, BigDecimal margin) {

    static HistoricClv of(List<CustomerValueTally> rows) {
        long customers = 0;
        long orders = 0;
        long withoutMargin = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal margin = BigDecimal.ZERO;
        for (CustomerValueTally row : rows) {
            customers += row.customers();
            orders += row.orders();
            withoutMargin += row.ordersWithoutMargin();
            revenue = revenue.add(row.revenue());
            margin = margin.add(row.margin());
        }
        return new HistoricClv(customers, orders, withoutMargin, revenue, margin);
    }

    /** The summed margin or revenue, or null when no order in scope gives it. */
    BigDecimal total(ClvBasis basis) {
        return switch (basis) {
            case MARGIN -> orders > ordersWithoutMargin ? margin : null;
            case REVENUE -> orders > 0 ? revenue : null;
        };
    }

    /** The total per customer, or null without a total or without customers. */
    BigDecimal value(ClvBasis basis) {
        BigDecimal total = total(basis);
        return total == null ? null : Ratio.of(total, customers).value();
    }

    /** Orders exist but none carries a margin: the revenue basis would give a value where the margin one cannot. */
    boolean lacksMargins() {
        return orders > 0 && ordersWithoutMargin == orders;
    }
}
