package org.kizuna.metrics.revenue;

import java.util.List;
import java.util.Optional;
import org.kizuna.domain.Period;

/**
 * The tallies the revenue and value metrics need beyond MRR: orders, costs and revenue per customer. Each method returns small, mergeable rows per segment value, as {@link org.kizuna.metrics.MetricInputs}
 * describes.
 */
public interface ValueInputs {

    /**
     * Customers acquired on or before the period's last day, per segment value and referred flag, with the
     * revenue and gross margin of their orders placed up to the end of that day: the inputs of historic CLV.
     */
    List<CustomerValueTally> customerValues(Period period, Optional<String> by);

    /** Orders placed within the period, per segment value, kind and recurring flag. */
    List<OrderTally> orders(Period period, Optional<String> by);

    /**
     * The part of each cost row whose days fall in the period, per category and tag. Costs belong to no
     * customer, so these rows have no segment value and no filter narrows them.
     */
    List<CostTally> costs(Period period);

    /**
     * Every customer, per value of a cost tag's attribute (one null value when {@code tagAttribute} is
     * empty), counted by whether the request's filter keeps it, whether it was acquired in the period and
     * whether it was active during it: the audiences over which a filtered base's share of each cost is
     * measured.
     */
    List<CostAudienceTally> costAudience(Period period, Optional<String> tagAttribute);
}
