package org.kizuna.metrics.revenue;

/**
 * The tallies the revenue and value metrics need beyond MRR: orders, costs and revenue per customer. Each method returns small, mergeable rows per segment value, as {@link org.kizuna.metrics.MetricInputs}
 * describes.
 */
public interface ValueInputs {}
