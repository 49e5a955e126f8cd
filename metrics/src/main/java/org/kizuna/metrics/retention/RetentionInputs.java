package org.kizuna.metrics.retention;

/**
 * The tallies the retention metrics need beyond activity: customer lifetimes, repeat purchases and churn risk at the start of a period. Each method returns small, mergeable rows per segment value, as {@link org.kizuna.metrics.MetricInputs}
 * describes.
 */
public interface RetentionInputs {}
