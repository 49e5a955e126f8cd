package org.kizuna.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Unit;
import org.kizuna.store.survey.Survey;

/**
 * The survey list as the output contract's JSON: what {@code GET /api/v1/surveys} serves, and what the survey
 * list's CSV ({@link SurveysCsv}) is read off.
 */
public final class SurveysJson {

    /** The fields of a survey's {@code score}, the result of its metric; null when the type has no score. */
    static final List<String> SCORE_FIELDS = List.of("metric", "value", "unit", "denominator");

    private SurveysJson() {}

    /** {@code {"surveys": [...]}}, one object per survey in the order given. */
    public static ObjectNode list(List<Survey> surveys, Map<String, MetricResult> scores, String currency) {
        ObjectNode body = MetricsJson.JSON.createObjectNode();
        ArrayNode array = body.putArray("surveys");
        for (Survey survey : surveys) {
            array.add(survey(survey, scores.get(survey.id()), currency));
        }
        return body;
    }

    /**
     * One survey with its counts, its response rate (answers ÷ invitations × 100, rounded as every percentage;
     * null without invitations) and its own score.
     */
    static ObjectNode survey(Survey s, MetricResult score, String currency) {
        ObjectNode item = MetricsJson.JSON
                .createObjectNode()
                .put("survey_id", s.id())
                .put("type", s.type().word())
                .put("scale_min", plain(s.scaleMin()))
                .put("scale_max", plain(s.scaleMax()));
        item.put(
                "satisfied_threshold",
                s.satisfiedThreshold().map(SurveysJson::plain).orElse(null));
        item.put("touchpoint", s.touchpoint().orElse(null));
        item.put("question_ja", s.questionJa())
                .put("question_en", s.questionEn())
                .put("collected", s.collected())
                .put("invitations", s.invitations())
                .put("responses", s.responses())
                .put("response_rate", responseRate(s, currency));
        if (score == null) {
            item.putNull("score");
        } else {
            item.putObject("score")
                    .put(SCORE_FIELDS.get(0), score.metric())
                    .put(SCORE_FIELDS.get(1), score.value())
                    .put(SCORE_FIELDS.get(2), score.unit())
                    .put(SCORE_FIELDS.get(3), score.denominator());
        }
        return item;
    }

    /** A score of the scale as it is written, 10 rather than 10.000000 as it is stored. */
    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    /** Answers ÷ invitations × 100, in percent; null when the survey has no invitations. */
    public static BigDecimal responseRate(Survey s, String currency) {
        return Unit.PERCENT.round(Ratio.of(s.responses(), s.invitations()).percent(), currency);
    }
}
