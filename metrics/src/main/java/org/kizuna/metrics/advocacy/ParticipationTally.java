package org.kizuna.metrics.advocacy;

/**
 * How many customers of one segment value share one combination of what they did in a period, with the
 * referrals and community activities they made between them. A "referral" names a prospect or the customer
 * it became; a referral row naming neither (a sent invitation or shared link) is only a use of the referral
 * programme. Tallies of one segment add up.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param activeDuring active on at least one day of the period
 * @param referrer made at least one referral in the period
 * @param convertingReferrer at least one of those referrals converted
 * @param referralProgrammeUser made at least one referral row of any kind in the period
 * @param communityMember at least one community activity in the period
 * @param communitySharer at least one community activity of kind share or invite in the period
 * @param loyaltyEnrolled an enroll row on or before the period's last day
 * @param loyaltyEarnerOrRedeemer an earn or redeem row in the period
 * @param customers how many customers share these flags
 * @param referrals their referrals made in the period
 * @param convertedReferrals those of their referrals that converted
 * @param referralRows their referral rows of any kind made in the period
 * @param communityActivities their community activities in the period
 * @param communityShares those of their community activities of kind share or invite
 */
public record ParticipationTally(
        String segmentValue,
        boolean activeDuring,
        boolean referrer,
        boolean convertingReferrer,
        boolean referralProgrammeUser,
        boolean communityMember,
        boolean communitySharer,
        boolean loyaltyEnrolled,
        boolean loyaltyEarnerOrRedeemer,
        long customers,
        long referrals,
        long convertedReferrals,
        long referralRows,
        long communityActivities,
        long communityShares) {}
