package org.kizuna.metrics.retention;

import java.util.List;
import java.util.Optional;
import org.kizuna.domain.Period;

/**
 * The tallies the retention metrics need beyond activity and MRR: customer lifetimes, repeat purchases and
 * churn-risk signals at the start of a period. Each method returns small, mergeable rows per segment value,
 * as {@link org.kizuna.metrics.MetricInputs} describes.
 */
public interface RetentionInputs {

    /**
     * Customers whose life started on or before the period's last day, by whether they are still active on
     * it and how many whole days their life has lasted: from the first subscription's start (with
     * subscriptions), else the first purchase (with orders), else the signup date, to the first day no longer
     * active, or through the period's last day.
     */
    List<LifetimeCount> lifetimes(Period period, Optional<String> by);

    /**
     * Customers who made a purchase (an order of positive amount) within the period, by how many such orders
     * they made in it and whether they had made one before it.
     */
    List<BuyerTally> buyers(Period period, Optional<String> by);

    /**
     * Customers active at the period's start (on the day before its first day), by the risk signals of the
     * rule in the days before its first day and by whether they are active on its last day.
     */
    List<RiskTally> risks(Period period, Optional<String> by, RiskRule rule);

    /** Whether the workspace has any product events, i.e. whether usage can signal risk at all. */
    boolean hasProductEvents();
}
