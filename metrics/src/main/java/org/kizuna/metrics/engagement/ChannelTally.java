package org.kizuna.metrics.engagement;

/**
 * Interactions of one segment value's customers on one channel outside the product within a period.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param channel support, community or social
 * @param interactions tickets opened, community activities or mentions
 * @param customers customers with at least one
 */
public record ChannelTally(String segmentValue, InteractionChannel channel, long interactions, long customers) {}
