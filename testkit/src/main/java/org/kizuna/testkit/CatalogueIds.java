package org.kizuna.testkit;

import java.util.List;

/**
 * The metric ids the product computes, in catalogue order, written out by hand so that a metric dropped,
 * renamed or moved fails the tests that compare with it: sections A–F of the catalogue, without the two
 * text-sentiment metrics that come with the models.
 */
public final class CatalogueIds {

    public static final List<String> SECTIONS_A_TO_F = List.of(
            "nps",
            "csat",
            "ces",
            "feedback_rate",
            "cai",
            "emotional_loyalty",
            "churn_rate",
            "retention_rate",
            "revenue_churn",
            "tenure",
            "repurchase_rate",
            "churn_saves",
            "mrr",
            "arpu",
            "mrr_movements",
            "growth_mrr",
            "expansion_mrr",
            "clv",
            "cac",
            "clv_cac",
            "profit_per_customer",
            "crc",
            "referred_clv_uplift",
            "dau",
            "mau",
            "stickiness",
            "active_user_share",
            "time_on_site",
            "repeat_visitors",
            "usage_frequency",
            "voluntary_usage",
            "feature_adoption",
            "engagement_by_channel",
            "engagement_score",
            "first_response_time",
            "resolution_time",
            "problem_resolution_rate",
            "support_request_frequency",
            "onboarding_success_rate",
            "education_level",
            "referral_rate",
            "referral_conversion_rate",
            "advocacy_conversion_rate",
            "advocacy_revenue",
            "top_advocates",
            "community_activity",
            "social_metrics",
            "loyalty_participation",
            "loyalty_redemption_rate",
            "advocacy_program_adoption");

    private CatalogueIds() {}
}
