package org.kizuna.metrics.voice;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
 * Customer effort score: the mean answer to "it was easy to …" on the surveys' shared scale, or, when the
 * responses in scope use different scales, the mean of the answers normalised to 0–100. Scales are never
 * mixed in one mean without normalising.
 */
public final class CustomerEffortScore implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "ces",
            Family.VOICE,
            "顧客努力スコア",
            "Customer Effort Score",
            Unit.SCORE,
            "やり取りの後の「簡単に…できた」への同意度の平均。対象の回答がすべて同じ尺度（1〜5、1〜7など）ならその尺度上の平均、"
                    + "尺度が異なるときは (スコア − 最小) ÷ (最大 − 最小) × 100 で0〜100に正規化した平均。タッチポイント別にも示す。",
            "mean agreement with \"it was easy to …\" after an interaction, on the surveys' own scale (1–5, 1–7)"
                    + " when every response in scope shares one; when scales differ, the mean of (score − min) /"
                    + " (max − min) × 100 on 0–100. Also per touchpoint.",
            List.of("001", "003"),
            true,
            Set.of("touchpoint"));

    static final String SURVEY_TYPE = "ces";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private record Scale(BigDecimal min, BigDecimal max) {

        static final Comparator<Scale> ORDER = Comparator.comparing(Scale::min).thenComparing(Scale::max);

        // Stripped so that a scale read as 1–5 and one read as 1.0–5.0 count as the same scale.
        static Scale of(ScoreCount row) {
            return new Scale(row.scaleMin().stripTrailingZeros(), row.scaleMax().stripTrailingZeros());
        }

        BigDecimal normalise(BigDecimal score, String surveyId) {
            BigDecimal span = max.subtract(min);
            if (span.signum() <= 0) {
                throw new IllegalArgumentException("survey " + surveyId + " has an empty scale " + label());
            }
            return score.subtract(min).multiply(HUNDRED).divide(span, MathContext.DECIMAL64);
        }

        String label() {
            return min.toPlainString() + "–" + max.toPlainString();
        }
    }

    private record Effort(long responses, BigDecimal scoreSum, BigDecimal normalisedSum, List<Scale> scales) {

        static Effort of(List<ScoreCount> rows) {
            long responses = 0;
            BigDecimal scoreSum = BigDecimal.ZERO;
            BigDecimal normalisedSum = BigDecimal.ZERO;
            TreeSet<Scale> scales = new TreeSet<>(Scale.ORDER);
            for (ScoreCount row : rows) {
                Scale scale = Scale.of(row);
                BigDecimal count = BigDecimal.valueOf(row.responses());
                responses += row.responses();
                scoreSum = scoreSum.add(row.score().multiply(count));
                normalisedSum = normalisedSum.add(
                        scale.normalise(row.score(), row.surveyId()).multiply(count));
                scales.add(scale);
            }
            return new Effort(responses, scoreSum, normalisedSum, List.copyOf(scales));
        }

        boolean mixesScales() {
            return scales.size() > 1;
        }

        Optional<Scale> sharedScale() {
            return scales.size() == 1 ? Optional.of(scales.get(0)) : Optional.empty();
        }

        BigDecimal mean(boolean normalised) {
            return Ratio.of(normalised ? normalisedSum : scoreSum, responses).value();
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

    private static MetricResult result(MetricRequest request, Segment segment, List<ScoreCount> rows) {
        String currency = request.settings().reportingCurrency();
        Effort effort = Effort.of(rows);
        boolean normalised = effort.mixesScales();
        Unit unit = normalised ? Unit.POINTS : Unit.SCORE;
        Optional<Scale> shared = effort.sharedScale();
        Parts parts = new Parts(currency)
                .figure("mean_score", Unit.SCORE, normalised ? null : effort.mean(false))
                .figure("normalised_mean", Unit.POINTS, effort.mean(true))
                .exact("scale_min", shared.map(Scale::min).orElse(null))
                .exact("scale_max", shared.map(Scale::max).orElse(null))
                .count("responses", effort.responses());
        for (Map.Entry<String, List<ScoreCount>> touchpoint :
                Touchpoints.group(rows).entrySet()) {
            // In the headline's unit, so that touchpoints compare with the headline and with each other.
            parts.figure(
                    "touchpoint_" + touchpoint.getKey() + "_mean",
                    unit,
                    Effort.of(touchpoint.getValue()).mean(normalised));
        }
        return new MetricResult(
                DEFINITION.id(),
                request.period().label(),
                segment,
                unit.round(effort.mean(normalised), currency),
                unit.id(currency),
                parts.asMap(),
                null,
                BigDecimal.valueOf(effort.responses()),
                convention(effort));
    }

    private static String convention(Effort effort) {
        if (effort.responses() == 0) {
            return "no CES responses in scope; value = the mean score when every response shares one scale, else"
                    + " the mean normalised to 0–100";
        }
        if (effort.mixesScales()) {
            String scales = effort.scales().stream().map(Scale::label).collect(Collectors.joining(", "));
            return "responses in scope use different scales (" + scales + "): value = mean of (score − min) /"
                    + " (max − min) × 100, on 0–100; no mean_score";
        }
        return "every response in scope uses the " + effort.scales().get(0).label() + " scale: value = mean score"
                + " on it; normalised_mean = mean of (score − min) / (max − min) × 100";
    }
}
