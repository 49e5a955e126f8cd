package org.kizuna.metrics.engagement;

/**
 * How many customers of one segment value used one feature within a period.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param feature the feature as the events name it
 * @param customers customers with at least one event naming it
 */
public record FeatureTally(String segmentValue, String feature, long customers) {}
