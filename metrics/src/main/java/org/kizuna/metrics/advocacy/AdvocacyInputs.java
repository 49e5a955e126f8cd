package org.kizuna.metrics.advocacy;

import java.util.List;
import java.util.Optional;
import org.kizuna.domain.Period;

/**
 * The tallies the advocacy, community, social and loyalty metrics need. Each method returns small, mergeable rows per segment value, as {@link org.kizuna.metrics.MetricInputs}
 * describes. Referrals belong to the period they were made in (referred_at), with their outcome as the data
 * stands, and to their referrer's segment.
 */
public interface AdvocacyInputs {

    /**
     * Customers counted by what they did in the period: referrals, community activity and the loyalty
     * programme, each flag worked out per customer, with whether they were active during the period. Only
     * customers with at least one referral, community activity or loyalty row appear.
     */
    List<ParticipationTally> participation(Period period, Optional<String> by);

    /**
     * Referrals made in the period, counted by whether they name a prospect (or the customer it became) and
     * whether it converted; can also be broken down by the referral's {@code channel}.
     */
    List<ReferralTally> referrals(Period period, Optional<String> by);

    /** Orders in the period, summed per segment value and by whether their customer was acquired by referral. */
    List<RevenueTally> revenue(Period period, Optional<String> by);

    /**
     * The best ranked advocates of each segment value, at most {@code perSegment} of them, as {@link
     * TopAdvocates#RANKING} orders them, each with how many advocates its segment value has in all.
     */
    List<RankedAdvocate> topAdvocates(Period period, Optional<String> by, int perSegment);

    /**
     * Social media mentions posted in the period per channel, with their reactions; mentions without a
     * customer have a null segment value. Can also be broken down by the mention's {@code channel}.
     */
    List<MentionTally> mentions(Period period, Optional<String> by);

    /** Loyalty points that moved in the period, as absolute values summed per row type. */
    List<PointsTally> loyaltyPoints(Period period, Optional<String> by);
}
