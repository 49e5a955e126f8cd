package org.kizuna.store.survey;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of survey Kizuna scores, with the scale and question a new survey of the kind starts from. The
 * words are those of the data contract's {@code surveys.type}.
 */
public enum SurveyType {
    NPS(0, 10, "当社を友人や同僚に薦める可能性はどのくらいありますか？", "How likely are you to recommend us to a friend or colleague?"),
    CSAT(1, 5, "今回のご利用にどのくらい満足されましたか？", "How satisfied are you with your experience?"),
    CES(1, 7, "問題の解決は簡単でしたか？", "How easy was it to get what you needed?"),
    TRUST(1, 5, "当社をどのくらい信頼していますか？", "How much do you trust us?"),
    RECOMMEND(0, 10, "当社を薦めたいと思いますか？", "Would you recommend us?"),
    EMOTIONAL(1, 5, "当社にどのくらい愛着を感じていますか？", "How attached do you feel to us?"),
    CUSTOM(1, 5, null, null);

    private final BigDecimal defaultMin;
    private final BigDecimal defaultMax;
    private final String defaultQuestionJa;
    private final String defaultQuestionEn;

    SurveyType(int defaultMin, int defaultMax, String defaultQuestionJa, String defaultQuestionEn) {
        this.defaultMin = BigDecimal.valueOf(defaultMin);
        this.defaultMax = BigDecimal.valueOf(defaultMax);
        this.defaultQuestionJa = defaultQuestionJa;
        this.defaultQuestionEn = defaultQuestionEn;
    }

    /** The type named by a word of the contract, in any case. */
    public static SurveyType of(String word) {
        for (SurveyType type : values()) {
            if (type.word().equals(word.strip().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException("survey type \"" + word + "\" is not one of "
                + Arrays.stream(values()).map(SurveyType::word).collect(Collectors.joining(", ")));
    }

    /** The word stored in {@code surveys.type}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public BigDecimal defaultMin() {
        return defaultMin;
    }

    public BigDecimal defaultMax() {
        return defaultMax;
    }

    /** The question a survey of this type asks unless told otherwise; none for a custom survey. */
    public String defaultQuestionJa() {
        return defaultQuestionJa;
    }

    public String defaultQuestionEn() {
        return defaultQuestionEn;
    }
}
