package org.kizuna.generator;

import java.util.Optional;

/**
 * Finds who referred a customer acquired by referral: an earlier customer, active on the day of the referral and
 * chosen in proportion to its {@link CustomerLife#referralPropensity willingness to refer}, so that promoters
 * bring in most referred customers. Candidates are regenerated from the seed, which keeps memory constant.
 */
final class ReferrerSearch {

    /** A referral that brought a customer in. */
    record Referral(String referrerId, long referredAt) {}

    private static final int ATTEMPTS = 40;

    /** A referrer has been a customer for at least this long when it refers someone. */
    private static final int MINIMUM_TENURE_DAYS = 21;

    private final long seed;
    private final SignupSchedule signups;
    private final CustomerProfiles profiles;
    private final LifeSimulation lives;
    private final CompanyCalendar calendar;

    ReferrerSearch(
            long seed,
            SignupSchedule signups,
            CustomerProfiles profiles,
            LifeSimulation lives,
            CompanyCalendar calendar) {
        this.seed = seed;
        this.signups = signups;
        this.profiles = profiles;
        this.lives = lives;
        this.calendar = calendar;
    }

    /** The referral behind a referred customer, or empty when no earlier customer could have made it. */
    Optional<Referral> find(CustomerProfile referred) {
        Draws draws = Draws.forCustomer(seed, referred.index(), Draws.Purpose.REFERRER);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int referredDay = referred.signupDay() - draws.between(5, 60);
            int candidates = Math.min(referred.index(), signups.customersSignedUpBy(referredDay - MINIMUM_TENURE_DAYS));
            if (candidates == 0) {
                continue;
            }
            CustomerLife candidate = lives.simulate(profiles.create(draws.below(candidates)));
            long referredAt = CompanyCalendar.moment(referredDay, calendar.officeSecond(draws));
            if (candidate.activeOn(referredDay) && draws.chance(candidate.referralPropensity(referredAt))) {
                return Optional.of(new Referral(candidate.profile().id(), referredAt));
            }
        }
        return Optional.empty();
    }
}
