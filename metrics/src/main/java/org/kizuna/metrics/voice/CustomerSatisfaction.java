package org.kizuna.metrics.voice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kizuna.domain.WorkspaceSettings;
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
 * Customer satisfaction: the percentage of CSAT responses at or above their survey's satisfied threshold,
 * pooled over every response in scope and shown per touchpoint beside it. Touchpoint figures are never
 * averaged into the headline.
 */
public final class CustomerSatisfaction implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "csat",
            Family.VOICE,
            "顧客満足度 (CSAT / CSS)",
            "Customer satisfaction score",
            Unit.PERCENT,
            "満足の閾値以上の回答数 ÷ 回答数 × 100。閾値はアンケートごとに設定でき、なければワークスペースの尺度別の既定値"
                    + "（1〜10なら6、1〜5なら4）。タッチポイント別にも示し、タッチポイント間で平均しない。",
            "responses at or above the survey's satisfied threshold / responses × 100. The threshold is set per"
                    + " survey, else the workspace's default for the scale (6 on 1–10, 4 on 1–5). Shown per"
                    + " touchpoint and never averaged across touchpoints.",
            List.of("000", "001", "003"),
            true,
            Set.of("touchpoint"));

    static final String SURVEY_TYPE = "csat";

    private static final String CONVENTION = "satisfied = score ≥ the survey's own threshold, else the workspace's"
            + " threshold for the survey's scale; value pooled over every CSAT response in scope, never an"
            + " average of touchpoint figures";

    private record Satisfaction(long responses, long satisfied) {

        static Satisfaction of(List<ScoreCount> rows, WorkspaceSettings settings) {
            long responses = 0;
            long satisfied = 0;
            for (ScoreCount row : rows) {
                responses += row.responses();
                if (row.score().compareTo(threshold(row, settings)) >= 0) {
                    satisfied += row.responses();
                }
            }
            return new Satisfaction(responses, satisfied);
        }

        BigDecimal percent() {
            return Ratio.of(satisfied, responses).percent();
        }
    }

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

    private static BigDecimal threshold(ScoreCount row, WorkspaceSettings settings) {
        return row.satisfiedThreshold() != null
                ? row.satisfiedThreshold()
                : settings.csatThreshold(row.scaleMin(), row.scaleMax());
    }

    private static MetricResult result(MetricRequest request, Segment segment, List<ScoreCount> rows) {
        WorkspaceSettings settings = request.settings();
        String currency = settings.reportingCurrency();
        Satisfaction pooled = Satisfaction.of(rows, settings);
        Parts parts = new Parts(currency).count("responses", pooled.responses()).count("satisfied", pooled.satisfied());
        for (Map.Entry<String, List<ScoreCount>> touchpoint :
                Touchpoints.group(rows).entrySet()) {
            parts.figure(
                    "touchpoint_" + touchpoint.getKey() + "_pct",
                    Unit.PERCENT,
                    Satisfaction.of(touchpoint.getValue(), settings).percent());
        }
        return DEFINITION.result(
                request,
                segment,
                pooled.percent(),
                parts.asMap(),
                BigDecimal.valueOf(pooled.satisfied()),
                BigDecimal.valueOf(pooled.responses()),
                CONVENTION);
    }
}
