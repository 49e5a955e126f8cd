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
 * Loyalty programme participation: the share of customers active during the period who have enrolled in the
 * programme by its last day, and beside it the share who earned or redeemed points in it (active members).
 */
public final class LoyaltyParticipation implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "loyalty_participation",
            Family.ADVOCACY,
            "ロイヤルティプログラム参加率",
            "Loyalty programme participation",
            Unit.PERCENT,
            "期間中にアクティブだった顧客のうち期間の最終日までにプログラムに登録した顧客数 ÷ 期間中にアクティブだった顧客数 × 100。"
                    + "あわせて期間中にポイントを獲得または交換した顧客（アクティブなメンバー）の割合を示す。",
            "customers active during the period enrolled in the programme by its last day / customers active during"
                    + " the period × 100; also the share who earned or redeemed points in it (active members).",
            List.of("001"),
            true);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        String convention = inputs.activityBasis().describe() + "; enrolled = an enroll row on or before the"
                + " period's last day (no row ends a membership); active member = an earn or redeem row in the"
                + " period, enrolled or not; both among customers active during the period";
        return ActiveParticipation.of(request, inputs).stream()
                .map(segment -> result(request, segment, convention))
                .toList();
    }

    private static MetricResult result(MetricRequest request, ActiveParticipation segment, String convention) {
        ParticipationCounts counts = segment.counts();
        long active = segment.activeCustomers();
        Parts parts = new Parts(request.settings().reportingCurrency())
                .figure(
                        "active_members_pct",
                        Unit.PERCENT,
                        Ratio.of(counts.activeLoyaltyMembers(), active).percent())
                .count("enrolled", counts.activeEnrolled())
                .count("active_members", counts.activeLoyaltyMembers());
        return DEFINITION.result(
                request,
                segment.segment(),
                Ratio.of(counts.activeEnrolled(), active).percent(),
                parts.asMap(),
                count(counts.activeEnrolled()),
                count(active),
                convention);
    }
}
