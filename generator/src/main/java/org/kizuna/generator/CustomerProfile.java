package org.kizuna.generator;

/**
 * Who a customer is when it signs up: its customer row, its first contract and its latent health, the hidden
 * trait (standard normal, raised for referred customers) that drives its usage, satisfaction and loyalty.
 * Excludes everything that happens after signup, which {@link CustomerLife} holds.
 */
record CustomerProfile(
        int index,
        String id,
        String name,
        int signupDay,
        Plan plan,
        int seats,
        Plan.Billing billing,
        int discountPercent,
        String region,
        String country,
        String language,
        BillingCurrency currency,
        Industry industry,
        String companySize,
        AcquisitionChannel acquisitionChannel,
        String ageBand,
        String gender,
        String csm,
        double health) {

    boolean speaksJapanese() {
        return language.equals("ja");
    }

    /** Where a customer came from; each has its own cost line and acquisition cost. */
    enum AcquisitionChannel {
        ADS,
        ORGANIC,
        REFERRAL,
        PARTNER,
        EVENTS,
        OUTBOUND;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
