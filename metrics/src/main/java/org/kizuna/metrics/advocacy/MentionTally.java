package org.kizuna.metrics.advocacy;

/**
 * Social media mentions of a period on one channel, with the reactions they drew.
 *
 * @param segmentValue the author customer's attribute value (null for mentions without a customer), or the
 *     channel when broken down by it
 * @param channel the channel as the data names it
 * @param mentions how many mentions
 * @param likes their likes summed (a missing count is 0)
 * @param shares their shares summed
 * @param comments their comments summed
 */
public record MentionTally(
        String segmentValue, String channel, long mentions, long likes, long shares, long comments) {}
