package org.kizuna.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricCatalogTest {

    @Test
    void listsTheMetricsInCatalogueOrder() {
        // Sections A–F of the catalogue, without the two text-sentiment metrics that come with the models.
        assertThat(MetricCatalog.ids())
                .containsExactly(
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
    }

    @Test
    void givesEveryMetricADistinctId() {
        assertThat(MetricCatalog.ids()).doesNotHaveDuplicates();
    }

    @Test
    void namesAndExplainsEveryMetricInJapaneseAndEnglish() {
        for (Metric metric : MetricCatalog.all()) {
            MetricDefinition definition = metric.definition();
            assertThat(definition.nameEn()).as(definition.id()).isNotBlank();
            assertThat(definition.formulaEn()).as(definition.id()).isNotBlank();
            // Japanese text holds kana or kanji; an English string in the Japanese slot would not.
            assertThat(definition.nameJa())
                    .as(definition.id())
                    .containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
            assertThat(definition.formulaJa())
                    .as(definition.id())
                    .containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        }
    }

    @Test
    void citesTheSeedsThatDefineEachMetric() {
        for (Metric metric : MetricCatalog.all()) {
            MetricDefinition definition = metric.definition();
            assertThat(definition.seeds()).as(definition.id()).allMatch(seed -> seed.matches("00[0-3]"));
            // MRR movements are an ecosystem standard that no seed defines, and the catalogue says so.
            if (definition.id().equals("mrr_movements")) {
                assertThat(definition.seeds()).isEmpty();
                assertThat(definition.formulaEn()).contains("ecosystem standard");
            } else {
                assertThat(definition.seeds()).as(definition.id()).isNotEmpty();
            }
        }
    }

    @Test
    void findsAMetricByItsId() {
        assertThat(MetricCatalog.find("churn_rate"))
                .get()
                .extracting(metric -> metric.definition().id())
                .isEqualTo("churn_rate");
        assertThat(MetricCatalog.find("churn")).isEmpty();
    }

    @Test
    void selectsMetricsInTheOrderAskedEachOnce() {
        assertThat(MetricCatalog.select(List.of("mrr", "nps", "mrr")))
                .extracting(metric -> metric.definition().id())
                .containsExactly("mrr", "nps");
    }

    @Test
    void rejectsAnUnknownIdNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> MetricCatalog.select(List.of("nps", "ltv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"ltv\"")
                .hasMessage("unknown metric \"ltv\"; known metrics: " + String.join(", ", MetricCatalog.ids()));
    }
}
