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
import org.kizuna.metrics.Unit;

/**
 * Referral rate: the share of customers active during the period who referred at least one prospect in it.
 * A referral names a prospect or the customer it became; an invitation or shared link naming nobody is a use
 * of the programme, which {@link AdvocacyProgramAdoption} counts, not a referral.
 */
public final class ReferralRate implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "referral_rate",
            Family.ADVOCACY,
            "顧客からの紹介",
            "Referral rate",
            Unit.PERCENT,
            "期間中にアクティブだった顧客のうち、期間中に1件以上の紹介（見込み客または成約した顧客を記した紹介）をした顧客数" + " ÷ 期間中にアクティブだった顧客数 × 100。期間中に生まれた紹介の件数も示す。",
            "customers active during the period who made ≥ 1 referral (naming a prospect or the customer it became)"
                    + " in it / customers active during the period × 100; also the referrals generated in it.",
            List.of("000", "001"),
            true);

    static final String REFERRAL = "a referral is a referral row made in the period (referred_at) that names a"
            + " prospect or the customer it became";

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        String convention = inputs.activityBasis().describe() + "; " + REFERRAL + "; value = customers active"
                + " during the period with ≥ 1 referral / customers active during the period; referrals counts"
                + " the referrals of every customer of the segment, active or not; invitations and shared links"
                + " naming no prospect are not referrals here (advocacy_program_adoption counts them)";
        return ActiveParticipation.of(request, inputs).stream()
                .map(segment -> result(request, segment, convention))
                .toList();
    }

    private static MetricResult result(MetricRequest request, ActiveParticipation segment, String convention) {
        ParticipationCounts counts = segment.counts();
        Parts parts = new Parts(request.settings().reportingCurrency())
                .count("referrals", counts.referrals())
                .count("referrers", counts.activeReferrers())
                .count("active_customers", segment.activeCustomers());
        return DEFINITION.result(
                request,
                segment.segment(),
                Ratio.of(counts.activeReferrers(), segment.activeCustomers()).percent(),
                parts.asMap(),
                count(counts.activeReferrers()),
                count(segment.activeCustomers()),
                convention);
    }
}
