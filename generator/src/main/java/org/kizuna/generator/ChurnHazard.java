package org.kizuna.generator;

/**
 * The planted churn model: the chance that a customer leaves at a renewal, as a base rate per plan multiplied by
 * factors that the data shows. Latent health reaches churn only through these observable signals (usage, support
 * experience, NPS answers, onboarding), so that a model trained on the data can recover them. The constants are
 * quoted in docs/demo-data.md.
 */
final class ChurnHazard {

    /** Monthly base hazard per plan, starter to enterprise. */
    private static final double[] BASE = {0.016, 0.011, 0.007, 0.004};

    /** Japanese fiscal year-end: contracts are reviewed, and ended, in March. */
    static final double MARCH = 1.8;

    /** Fewer than half the sessions that a customer of this size typically has, in the month before renewal. */
    static final double LOW_USAGE = 2.0;

    /** At least one ticket waiting over 24 hours for a first response in the 90 days before renewal. */
    static final double SLOW_SUPPORT = 2.0;

    /** Latest relationship NPS answer 0–6 (detractor) or 9–10 (promoter). */
    static final double DETRACTOR = 1.8;

    static final double PROMOTER = 0.6;

    /** All required onboarding milestones done within the target days, or not. */
    static final double ONBOARDING_ON_TIME = 0.7;

    static final double ONBOARDING_LATE = 1.3;

    static final int SLOW_SUPPORT_WINDOW_DAYS = 90;

    private ChurnHazard() {}

    /**
     * The chance of leaving at a monthly renewal; an annual contract compounds it over its twelve months.
     *
     * @param latestNps the latest relationship NPS answer before the renewal, or -1 for none
     */
    static double monthly(
            Plan plan,
            int renewalMonthOfYear,
            boolean lowUsage,
            boolean slowSupport,
            int latestNps,
            boolean onboardingOnTime) {
        double hazard = BASE[plan.ordinal()];
        if (renewalMonthOfYear == 3) {
            hazard *= MARCH;
        }
        if (lowUsage) {
            hazard *= LOW_USAGE;
        }
        if (slowSupport) {
            hazard *= SLOW_SUPPORT;
        }
        if (latestNps >= 0 && latestNps <= 6) {
            hazard *= DETRACTOR;
        } else if (latestNps >= 9) {
            hazard *= PROMOTER;
        }
        hazard *= onboardingOnTime ? ONBOARDING_ON_TIME : ONBOARDING_LATE;
        return Math.min(hazard, 0.5);
    }

    static double atRenewal(Plan.Billing billing, double monthlyHazard) {
        return billing == Plan.Billing.MONTHLY ? monthlyHazard : 1 - StrictMath.pow(1 - monthlyHazard, 12);
    }
}
