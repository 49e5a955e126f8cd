package org.kizuna.metrics.advocacy;

import java.util.List;
import org.kizuna.metrics.Metric;

/**
 * The advocacy, community, social and loyalty metrics of the catalogue's section F, in its order, for the
 * catalogue to list. Social sentiment comes with text sentiment and is not here yet.
 */
public final class AdvocacyMetrics {

    public static final List<Metric> ALL = List.of(
            new ReferralRate(),
            new ReferralConversionRate(),
            new AdvocacyConversionRate(),
            new AdvocacyRevenue(),
            new TopAdvocates(),
            new CommunityActivity(),
            new SocialMetrics(),
            new LoyaltyParticipation(),
            new LoyaltyRedemptionRate(),
            new AdvocacyProgramAdoption());

    private AdvocacyMetrics() {}
}
