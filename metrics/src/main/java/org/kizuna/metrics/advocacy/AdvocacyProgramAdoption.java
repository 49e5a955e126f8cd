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
 * Advocacy programme adoption: the share of customers active during the period who used the referral /
 * advocacy programme in it in any way: a referral row of any kind (an invitation or shared link naming no
 * prospect included) or a community activity of kind share or invite. It is never below {@link
 * ReferralRate}, which counts only referrals naming a prospect.
 */
public final class AdvocacyProgramAdoption implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "advocacy_program_adoption",
            Family.ADVOCACY,
            "擁護ソフトウェア導入指標",
            "Advocacy programme adoption",
            Unit.PERCENT,
            "期間中にアクティブだった顧客のうち、期間中に紹介・アドボカシープログラムを使った（招待した、共有した、紹介した）顧客数"
                    + " ÷ 期間中にアクティブだった顧客数 × 100。見込み客を記さない紹介の記録や、コミュニティでの共有・招待も使用に数える。",
            "customers active during the period who used the referral / advocacy programme in it (invited, shared,"
                    + " referred) / customers active during the period × 100. Referral rows naming no prospect and"
                    + " community shares and invitations count as use.",
            List.of("001"),
            true);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        String convention = inputs.activityBasis().describe() + "; a use of the programme = any referral row made"
                + " in the period, naming a prospect or not, or a community activity of kind share or invite in"
                + " it; value = customers active during the period with one / customers active during the period;"
                + " unlike referral_rate, which counts only referrals naming a prospect or the customer it became,"
                + " so this is never lower";
        return ActiveParticipation.of(request, inputs).stream()
                .map(segment -> result(request, segment, convention))
                .toList();
    }

    private static MetricResult result(MetricRequest request, ActiveParticipation segment, String convention) {
        ParticipationCounts counts = segment.counts();
        Parts parts = new Parts(request.settings().reportingCurrency())
                .count("programme_users", counts.activeProgrammeUsers())
                .count("programme_uses", counts.programmeUses())
                .count("active_customers", segment.activeCustomers());
        return DEFINITION.result(
                request,
                segment.segment(),
                Ratio.of(counts.activeProgrammeUsers(), segment.activeCustomers())
                        .percent(),
                parts.asMap(),
                count(counts.activeProgrammeUsers()),
                count(segment.activeCustomers()),
                convention);
    }
}
