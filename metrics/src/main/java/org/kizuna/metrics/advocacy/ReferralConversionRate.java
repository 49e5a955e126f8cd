package org.kizuna.metrics.advocacy;

import static org.kizuna.metrics.advocacy.AdvocacyResults.count;

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
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;

/**
 * Referral conversion rate: the share of the referrals made in the period whose prospect became a customer,
 * as the data stands now (a referral of June that converts in August counts as converted for June). Can be
 * broken down by the referral's channel.
 */
public final class ReferralConversionRate implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "referral_conversion_rate",
            Family.ADVOCACY,
            "紹介のコンバージョン率",
            "Referral conversion rate",
            Unit.PERCENT,
            "期間中にされた紹介のうち見込み客が顧客になった（成約した顧客が記された）紹介の件数 ÷ 期間中にされた紹介の件数 × 100。" + "成否は現時点のデータによる。紹介のチャネル別にも示せる。",
            "referrals made in the period whose prospect became a customer / referrals made in the period × 100,"
                    + " the outcome as the data stands. Can also be broken down by the referral's channel.",
            List.of("001"),
            true,
            Set.of("channel"));

    private static final String CONVENTION = ReferralRate.REFERRAL + "; converted = it names the customer the"
            + " prospect became, whenever that happened; rows naming no prospect are left out of both counts";

    private record Outcomes(long referrals, long converted) {

        static Outcomes of(List<ReferralTally> rows) {
            long referrals = 0;
            long converted = 0;
            for (ReferralTally row : rows) {
                if (row.namesProspect()) {
                    referrals += row.referrals();
                    converted += row.converted() ? row.referrals() : 0;
                }
            }
            return new Outcomes(referrals, converted);
        }
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<ReferralTally> rows = inputs.advocacy().referrals(request.period(), request.by());
        return Segmentation.slices(request, rows, ReferralTally::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), Outcomes.of(slice.rows())))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, Outcomes outcomes) {
        Parts parts = new Parts(request.settings().reportingCurrency())
                .count("referrals", outcomes.referrals())
                .count("converted", outcomes.converted());
        return DEFINITION.result(
                request,
                segment,
                Ratio.of(outcomes.converted(), outcomes.referrals()).percent(),
                parts.asMap(),
                count(outcomes.converted()),
                count(outcomes.referrals()),
                CONVENTION);
    }
}
