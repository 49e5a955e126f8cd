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
 * Net Promoter Score: the share of promoters minus the share of detractors among NPS survey responses, in
 * points from −100 to +100. Responses to other survey types never count.
 */
public final class NetPromoterScore implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "nps",
            Family.VOICE,
            "ネットプロモータースコア",
            "Net Promoter Score",
            Unit.POINTS,
            "推奨者（9〜10）の割合 − 批判者（0〜6）の割合。7〜8は中立者。1〜10の尺度も同じ区分で数える。" + "範囲は −100〜+100。",
            "% promoters (9–10) − % detractors (0–6); 7–8 are passives. A 1–10 scale is scored with the same"
                    + " bands. Ranges from −100 to +100.",
            List.of("000", "001", "002", "003"),
            true,
            Set.of("touchpoint"));

    static final String SURVEY_TYPE = "nps";

    private static final String CONVENTION = "promoters score ≥ 9, passives 7 to < 9, detractors < 7, on 0–10 and"
            + " 1–10 scales alike; value = 100 × (promoters − detractors) / responses, rounded once";

    // Bands as lower bounds rather than integer lists, so that decimal scores fall in exactly one band.
    private static final BigDecimal PROMOTER_FROM = BigDecimal.valueOf(9);
    private static final BigDecimal PASSIVE_FROM = BigDecimal.valueOf(7);

    private record Bands(long promoters, long passives, long detractors) {

        static Bands of(List<ScoreCount> rows) {
            long promoters = 0;
            long passives = 0;
            long detractors = 0;
            for (ScoreCount row : rows) {
                if (row.score().compareTo(PROMOTER_FROM) >= 0) {
                    promoters += row.responses();
                } else if (row.score().compareTo(PASSIVE_FROM) >= 0) {
                    passives += row.responses();
                } else {
                    detractors += row.responses();
                }
            }
            return new Bands(promoters, passives, detractors);
        }

        long responses() {
            return promoters + passives + detractors;
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
                .map(slice -> result(request, slice.segment(), Bands.of(slice.rows())))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, Bands bands) {
        String currency = request.settings().reportingCurrency();
        long responses = bands.responses();
        BigDecimal score =
                Ratio.of(bands.promoters() - bands.detractors(), responses).percent();
        Parts parts = new Parts(currency)
                .figure(
                        "promoters_pct",
                        Unit.PERCENT,
                        Ratio.of(bands.promoters(), responses).percent())
                .figure(
                        "passives_pct",
                        Unit.PERCENT,
                        Ratio.of(bands.passives(), responses).percent())
                .figure(
                        "detractors_pct",
                        Unit.PERCENT,
                        Ratio.of(bands.detractors(), responses).percent())
                .count("responses", responses)
                .count("promoters", bands.promoters())
                .count("passives", bands.passives())
                .count("detractors", bands.detractors());
        return DEFINITION.result(
                request, segment, score, parts.asMap(), null, BigDecimal.valueOf(responses), CONVENTION);
    }
}
