package org.kizuna.metrics.advocacy;

import java.util.List;

/**
 * Customers and their doings counted from participation tallies under this family's conventions: a customer
 * uses the referral / advocacy programme when it makes any referral row (with or without a prospect) or a
 * community activity of kind share or invite; a loyalty member is active when it earns or redeems points,
 * enrolled or not. Only counts; the rates built on them belong to the metrics.
 *
 * @param activeReferrers customers active during the period who made a referral in it
 * @param referrers customers who made a referral in the period, active or not
 * @param convertingReferrers referrers with at least one converted referral
 * @param referrals referrals made in the period
 * @param convertedReferrals those that converted
 * @param activeProgrammeUsers customers active during the period who used the programme in it
 * @param programmeUses referral rows of any kind plus community shares and invitations in the period
 * @param activeCommunityMembers customers active during the period with a community activity in it
 * @param communityMembers customers with a community activity in the period, active or not
 * @param communityActivities community activities in the period
 * @param activeEnrolled customers active during the period enrolled by its last day
 * @param activeLoyaltyMembers customers active during the period who earned or redeemed points in it
 */
record ParticipationCounts(
        long activeReferrers,
        long referrers,
        long convertingReferrers,
        long referrals,
        long convertedReferrals,
        long activeProgrammeUsers,
        long programmeUses,
        long activeCommunityMembers,
        long communityMembers,
        long communityActivities,
        long activeEnrolled,
        long activeLoyaltyMembers) {

    static ParticipationCounts of(List<ParticipationTally> tallies) {
        long activeReferrers = 0;
        long referrers = 0;
        long convertingReferrers = 0;
        long referrals = 0;
        long convertedReferrals = 0;
        long activeProgrammeUsers = 0;
        long programmeUses = 0;
        long activeCommunityMembers = 0;
        long communityMembers = 0;
        long communityActivities = 0;
        long activeEnrolled = 0;
        long activeLoyaltyMembers = 0;
        for (ParticipationTally tally : tallies) {
            long customers = tally.customers();
            long active = tally.activeDuring() ? customers : 0;
            boolean programmeUser = tally.referralProgrammeUser() || tally.communitySharer();
            activeReferrers += tally.referrer() ? active : 0;
            referrers += tally.referrer() ? customers : 0;
            convertingReferrers += tally.convertingReferrer() ? customers : 0;
            referrals += tally.referrals();
            convertedReferrals += tally.convertedReferrals();
            activeProgrammeUsers += programmeUser ? active : 0;
            programmeUses += tally.referralRows() + tally.communityShares();
            activeCommunityMembers += tally.communityMember() ? active : 0;
            communityMembers += tally.communityMember() ? customers : 0;
            communityActivities += tally.communityActivities();
            activeEnrolled += tally.loyaltyEnrolled() ? active : 0;
            activeLoyaltyMembers += tally.loyaltyEarnerOrRedeemer() ? active : 0;
        }
        return new ParticipationCounts(
                activeReferrers,
                referrers,
                convertingReferrers,
                referrals,
                convertedReferrals,
                activeProgrammeUsers,
                programmeUses,
                activeCommunityMembers,
                communityMembers,
                communityActivities,
                activeEnrolled,
                activeLoyaltyMembers);
    }
}
