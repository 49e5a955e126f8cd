package org.kizuna.metrics.voice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.ScoreCount;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;

/**
 * Emotional loyalty index: the mean answer to the emotional-attachment survey items, normalised to 0–100 so
 * that items asked on different scales average together. Each response weighs alike.
 */
public final class EmotionalLoyalty implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "emotional_loyalty",
            Family.VOICE,
            "感情ロイヤルティ指数",
            "Emotional loyalty index",
            Unit.SCORE,
            "期間中の感情的なつながりに関するアンケート項目（種類 emotional）への回答を (スコア − 最小) ÷ (最大 − 最小) × 100 で"
                    + "0〜100に正規化した平均。タッチポイント別にも示せる。",
            "the mean of the answers to the emotional-attachment survey items (type emotional) in the period,"
                    + " normalised to 0–100 as (score − min) / (max − min) × 100. Can be broken down by touchpoint.",
            List.of("001"),
            true,
            Set.of("touchpoint"));

    static final String SURVEY_TYPE = "emotional";

    private static final String CONVENTION = "each response to an emotional survey answered in the period"
            + " normalised to 0–100 as (score − min) / (max − min) × 100 on its survey's scale; value = mean over"
            + " responses";

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<ScoreCount> rows = inputs.surveyScores(request.period(), request.by(), SURVEY_TYPE);
        return Segmentation.slices(request, rows, ScoreCount::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), slice.rows()))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, List<ScoreCount> rows) {
        String currency = request.settings().reportingCurrency();
        long responses = 0;
        BigDecimal normalisedSum = BigDecimal.ZERO;
        for (ScoreCount row : rows) {
            responses += row.responses();
            normalisedSum = normalisedSum.add(NormalisedScores.sum(
                    row.score().multiply(BigDecimal.valueOf(row.responses())),
                    row.responses(),
                    row.scaleMin(),
                    row.scaleMax(),
                    "survey " + row.surveyId()));
        }
        Parts parts = new Parts(currency).count("responses", responses);
        return DEFINITION.result(
                request,
                segment,
                Ratio.of(normalisedSum, responses).value(),
                parts.asMap(),
                null,
                BigDecimal.valueOf(responses),
                CONVENTION);
    }
}
