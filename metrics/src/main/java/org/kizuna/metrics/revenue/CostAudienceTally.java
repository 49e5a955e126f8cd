package org.kizuna.metrics.revenue;

/**
 * Customers sharing a value of a cost tag's attribute and the same standing in the period: whether the
 * request's filter keeps them, whether they were acquired in it and whether they were active during it.
 * Without a filter every customer is kept.
 *
 * @param tagValue the customers' value of the tag's attribute (null for those lacking it, and for all when
 *     no attribute was asked for)
 * @param kept the request's filter keeps them
 * @param acquired signup_date within the period
 * @param activeDuring active on at least one day of the period
 * @param customers how many customers
 */
public record CostAudienceTally(
        String tagValue, boolean kept, boolean acquired, boolean activeDuring, long customers) {}
