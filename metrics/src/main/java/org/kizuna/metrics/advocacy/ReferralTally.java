package org.kizuna.metrics.advocacy;

/**
 * How many referral rows made in a period share one outcome.
 *
 * @param segmentValue the referrer's attribute value, or the referral's channel when broken down by it
 * @param namesProspect the row names a prospect or the customer it became (a referral proper)
 * @param converted the row names the customer the prospect became
 * @param referrals how many rows
 */
public record ReferralTally(String segmentValue, boolean namesProspect, boolean converted, long referrals) {}
