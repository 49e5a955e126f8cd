package org.kizuna.metrics.advocacy;

import static org.kizuna.metrics.advocacy.AdvocacyResults.count;

import java.util.List;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;

/**
 * Advocacy conversion rate: of the advocates (customers who made at least one referral in the period), the
 * share with at least one referral that converted. It measures advocates, where the referral conversion rate
 * measures referrals: one prolific advocate weighs as much as one who referred once.
 */
public final class AdvocacyConversionRate implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "advocacy_conversion_rate",
            Family.ADVOCACY,
            "支持コンバージョン率",
            "Advocacy conversion rate",
            Unit.PERCENT,
            "期間中に1件以上の紹介をした顧客（支持者）のうち、その紹介の1件以上が成約した顧客数 ÷ 支持者数 × 100。",
            "advocates (customers with ≥ 1 referral in the period) with ≥ 1 converted referral among them /"
                    + " advocates × 100.",
            List.of("001"),
            true);

    private static final String CONVENTION = ReferralRate.REFERRAL + "; advocates are every customer with one,"
            + " active or not; converted as the data stands, whenever the prospect became a customer";

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<ParticipationTally> rows = inputs.advocacy().participation(request.period(), request.by());
        return Segmentation.slices(request, rows, ParticipationTally::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), ParticipationCounts.of(slice.rows())))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, ParticipationCounts counts) {
        Parts parts = new Parts(request.settings().reportingCurrency())
                .count("advocates", counts.referrers())
                .count("converting_advocates", counts.convertingReferrers())
                .count("referrals", counts.referrals())
                .count("converted_referrals", counts.convertedReferrals());
        return DEFINITION.result(
                request,
                segment,
                Ratio.of(counts.convertingReferrers(), counts.referrers()).percent(),
                parts.asMap(),
                count(counts.convertingReferrers()),
                count(counts.referrers()),
                CONVENTION);
    }
}
