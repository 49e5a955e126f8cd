package org.kizuna.metrics.advocacy;

/**
 * One customer among the best ranked advocates of its segment value in a period: a customer with at least
 * one referral, community activity or social mention in it.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param segmentAdvocates how many advocates the segment value has in all, ranked or not
 * @param customerId the customer
 * @param name its name, null when the data has none
 * @param referrals referrals it made in the period
 * @param convertedReferrals those that converted
 * @param communityActivities its community activities in the period
 * @param socialMentions its social media mentions posted in the period
 */
public record RankedAdvocate(
        String segmentValue,
        long segmentAdvocates,
        String customerId,
        String name,
        long referrals,
        long convertedReferrals,
        long communityActivities,
        long socialMentions) {}
