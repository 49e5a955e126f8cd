package org.kizuna.store.survey;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A survey to create. Absent values take the type's defaults: NPS and recommend 0–10, CSAT, trust,
 * emotional and custom 1–5, CES 1–7, and a question in Japanese and English (a custom survey must bring its
 * own). Checked when made, each mistake with a message fit to show.
 *
 * @param id the survey id, or empty for a generated {@code srv-…} id
 * @param type what the survey measures
 * @param scaleMin the lowest score
 * @param scaleMax the highest score
 * @param satisfiedThreshold the lowest "satisfied" score, for CSAT only; empty for the workspace's default
 * @param touchpoint where in the customer's journey the survey is asked, e.g. {@code support}
 * @param questionJa the question in Japanese
 * @param questionEn the question in English
 */
public record NewSurvey(
        Optional<String> id,
        SurveyType type,
        BigDecimal scaleMin,
        BigDecimal scaleMax,
        Optional<BigDecimal> satisfiedThreshold,
        Optional<String> touchpoint,
        String questionJa,
        String questionEn) {

    public NewSurvey {
        Objects.requireNonNull(type);
        id = id.map(String::strip).filter(s -> !s.isEmpty());
        touchpoint = touchpoint.map(String::strip).filter(s -> !s.isEmpty());
        id.ifPresent(NewSurvey::checkId);
        checkScale(type, scaleMin, scaleMax);
        satisfiedThreshold.ifPresent(t -> checkThreshold(type, scaleMin, scaleMax, t));
        if (blank(questionJa) || blank(questionEn)) {
            throw new InvalidSurveyException("question", "a survey needs its question in Japanese and in English");
        }
        questionJa = questionJa.strip();
        questionEn = questionEn.strip();
    }

    /**
     * A survey of the type with the given values, the type's defaults for the absent ones: a scale given by
     * neither end takes the type's, one end alone is refused; a question given in one language only is
     * refused, so that the two always ask the same.
     */
    public static NewSurvey of(
            Optional<String> id,
            SurveyType type,
            Optional<BigDecimal> scaleMin,
            Optional<BigDecimal> scaleMax,
            Optional<BigDecimal> satisfiedThreshold,
            Optional<String> touchpoint,
            Optional<String> questionJa,
            Optional<String> questionEn) {
        if (scaleMin.isPresent() != scaleMax.isPresent()) {
            throw new InvalidSurveyException(
                    "scale",
                    "give both ends of the scale (min and max), or neither for the " + type.word() + " default "
                            + plain(type.defaultMin()) + "–" + plain(type.defaultMax()));
        }
        Optional<String> ja = questionJa.filter(q -> !blank(q));
        Optional<String> en = questionEn.filter(q -> !blank(q));
        if (ja.isPresent() != en.isPresent()) {
            throw new InvalidSurveyException(
                    "question",
                    "give the question in both Japanese and English, or neither for the " + type.word() + " default");
        }
        if (ja.isEmpty() && type.defaultQuestionJa() == null) {
            throw new InvalidSurveyException(
                    "question", "a custom survey needs its question in Japanese and in English");
        }
        return new NewSurvey(
                id,
                type,
                scaleMin.orElse(type.defaultMin()),
                scaleMax.orElse(type.defaultMax()),
                satisfiedThreshold,
                touchpoint,
                ja.orElse(type.defaultQuestionJa()),
                en.orElse(type.defaultQuestionEn()));
    }

    private static void checkId(String id) {
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new InvalidSurveyException(
                    "id",
                    "survey id \"" + id
                            + "\" must be 1 to 64 letters, digits, dots, hyphens or underscores, starting with a letter or"
                            + " digit");
        }
    }

    private static void checkScale(SurveyType type, BigDecimal min, BigDecimal max) {
        Objects.requireNonNull(min);
        Objects.requireNonNull(max);
        if (!whole(min) || !whole(max)) {
            throw new InvalidSurveyException(
                    "scale", "the scale " + plain(min) + "–" + plain(max) + " must run between whole numbers");
        }
        if (min.compareTo(max) >= 0) {
            throw new InvalidSurveyException(
                    "scale", "the scale " + plain(min) + "–" + plain(max) + " must run from a lower to a higher score");
        }
        if (max.subtract(min).compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidSurveyException(
                    "scale", "the scale " + plain(min) + "–" + plain(max) + " is too wide: at most 100 steps");
        }
        if (type == SurveyType.NPS
                && !(max.compareTo(BigDecimal.TEN) == 0 && (min.signum() == 0 || min.compareTo(BigDecimal.ONE) == 0))) {
            throw new InvalidSurveyException(
                    "scale", "an NPS survey is scored 0–10 (or 1–10), not " + plain(min) + "–" + plain(max));
        }
    }

    private static void checkThreshold(SurveyType type, BigDecimal min, BigDecimal max, BigDecimal threshold) {
        if (type != SurveyType.CSAT) {
            throw new InvalidSurveyException(
                    "threshold", "a satisfied threshold belongs to a CSAT survey, not to a " + type.word() + " survey");
        }
        if (threshold.compareTo(min) < 0 || threshold.compareTo(max) > 0) {
            throw new InvalidSurveyException(
                    "threshold",
                    "the satisfied threshold " + plain(threshold) + " is outside the scale " + plain(min) + "–"
                            + plain(max));
        }
    }

    static boolean whole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
