package org.kizuna.generator;

import org.kizuna.generator.Phrases.Sentiment;
import org.kizuna.generator.Phrases.Topic;

/**
 * The surveys the demo company runs, each in Japanese and English: relationship NPS every quarter, CSAT and CES
 * at onboarding and after support, CSAT after purchases (on a 1–10 scale) and self-serve checkouts, and a yearly
 * advocacy survey of trust, willingness to recommend and emotional attachment.
 */
enum SurveyKind {
    RELATIONSHIP_NPS(
            "nps-relationship",
            "nps",
            "relationship",
            0,
            10,
            -1,
            "ミライフローを同僚や取引先に薦める可能性はどのくらいありますか？",
            "How likely are you to recommend Mirai Flow to a colleague or business partner?",
            Topic.RELATIONSHIP),
    ONBOARDING_CSAT(
            "csat-onboarding",
            "csat",
            "onboarding",
            1,
            5,
            4,
            "導入支援にどの程度満足していますか？",
            "How satisfied are you with your onboarding?",
            Topic.ONBOARDING),
    ONBOARDING_CES(
            "ces-onboarding",
            "ces",
            "onboarding",
            1,
            7,
            -1,
            "ミライフローの立ち上げは簡単だった。",
            "Setting up Mirai Flow was easy.",
            Topic.ONBOARDING),
    SUPPORT_CSAT(
            "csat-support",
            "csat",
            "support",
            1,
            5,
            4,
            "今回のサポート対応にどの程度満足していますか？",
            "How satisfied are you with the support you received?",
            Topic.SUPPORT),
    SUPPORT_CES(
            "ces-support",
            "ces",
            "support",
            1,
            7,
            -1,
            "問題を簡単に解決できた。",
            "It was easy to get my issue resolved.",
            Topic.SUPPORT),
    PURCHASE_CSAT(
            "csat-purchase",
            "csat",
            "purchase",
            1,
            10,
            6,
            "ご契約・ご購入の手続きにどの程度満足していますか？（1〜10）",
            "How satisfied are you with your purchase? (1-10)",
            Topic.PURCHASE),
    CHECKOUT_CSAT(
            "csat-checkout",
            "csat",
            "checkout",
            1,
            5,
            4,
            "オプション購入の手続きにどの程度満足していますか？",
            "How satisfied are you with the checkout?",
            Topic.PURCHASE),
    TRUST(
            "trust-relationship",
            "trust",
            "relationship",
            1,
            5,
            -1,
            "ミライフローは信頼できるパートナーだ。",
            "Mirai Flow is a partner we can trust.",
            Topic.RELATIONSHIP),
    RECOMMEND(
            "recommend-relationship",
            "recommend",
            "relationship",
            1,
            5,
            -1,
            "ミライフローを他社に推薦したい。",
            "I would recommend Mirai Flow to other companies.",
            Topic.RELATIONSHIP),
    ATTACHMENT(
            "emotional-attachment",
            "emotional",
            "relationship",
            1,
            7,
            -1,
            "ミライフローに愛着を感じる。",
            "I feel attached to Mirai Flow.",
            Topic.RELATIONSHIP),
    MISSED(
            "emotional-missed",
            "emotional",
            "relationship",
            1,
            7,
            -1,
            "ミライフローが使えなくなったら困る。",
            "We would miss Mirai Flow if it went away.",
            Topic.RELATIONSHIP);

    private final String stem;
    private final String type;
    private final String touchpoint;
    private final int scaleMin;
    private final int scaleMax;
    private final int satisfiedThreshold;
    private final String japaneseQuestion;
    private final String englishQuestion;
    private final Topic topic;

    SurveyKind(
            String stem,
            String type,
            String touchpoint,
            int scaleMin,
            int scaleMax,
            int satisfiedThreshold,
            String japaneseQuestion,
            String englishQuestion,
            Topic topic) {
        this.stem = stem;
        this.type = type;
        this.touchpoint = touchpoint;
        this.scaleMin = scaleMin;
        this.scaleMax = scaleMax;
        this.satisfiedThreshold = satisfiedThreshold;
        this.japaneseQuestion = japaneseQuestion;
        this.englishQuestion = englishQuestion;
        this.topic = topic;
    }

    String surveyId(boolean japanese) {
        return stem + (japanese ? "-ja" : "-en");
    }

    /** The surveys table row of this survey in one language, in contract column order. */
    String[] surveyRow(boolean japanese) {
        return new String[] {
            surveyId(japanese),
            type,
            japanese ? japaneseQuestion : englishQuestion,
            Integer.toString(scaleMin),
            Integer.toString(scaleMax),
            satisfiedThreshold < 0 ? "" : Integer.toString(satisfiedThreshold),
            touchpoint,
            japanese ? "ja" : "en"
        };
    }

    Topic topic() {
        return topic;
    }

    /**
     * A score on this survey's scale for a respondent in the given mood (health plus what just happened): a mood
     * of 0 lands around two thirds up the scale.
     */
    int score(Draws draws, double mood) {
        double position = Draws.logistic(0.6 + mood + 0.7 * draws.gaussian());
        int steps = scaleMax - scaleMin + 1;
        return scaleMin + Math.min(steps - 1, (int) (position * steps));
    }

    /** NPS comments follow the promoter and detractor bands; other scales the share of the scale reached. */
    Sentiment sentiment(int score) {
        if (this == RELATIONSHIP_NPS) {
            return score >= 9 ? Sentiment.POSITIVE : score <= 6 ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        }
        double share = (double) (score - scaleMin) / (scaleMax - scaleMin);
        return share >= 0.75 ? Sentiment.POSITIVE : share <= 0.4 ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
    }
}
