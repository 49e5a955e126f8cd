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
 * Community activity: the share of customers active during the period with at least one community activity
 * (post, answer, event, like, …) in it, and how many activities each community member had.
 */
public final class CommunityActivity implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "community_activity",
            Family.ADVOCACY,
            "顧客のコミュニティ活動",
            "Community activity",
            Unit.PERCENT,
            "期間中にアクティブだった顧客のうち期間中に1件以上のコミュニティ活動（投稿、回答、イベント参加など）をした顧客数"
                    + " ÷ 期間中にアクティブだった顧客数 × 100。あわせてメンバー1社あたりの活動件数を示す。",
            "customers active during the period with ≥ 1 community activity (post, answer, event attendance, …) in"
                    + " it / customers active during the period × 100; also activities per community member.",
            List.of("000"),
            true);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        String convention = inputs.activityBasis().describe() + "; every community row of the period counts,"
                + " whatever its kind; value = customers active during the period with one / customers active"
                + " during the period; members = customers with one, active or not; activities_per_member ="
                + " activities / members";
        return ActiveParticipation.of(request, inputs).stream()
                .map(segment -> result(request, segment, convention))
                .toList();
    }

    private static MetricResult result(MetricRequest request, ActiveParticipation segment, String convention) {
        ParticipationCounts counts = segment.counts();
        Parts parts = new Parts(request.settings().reportingCurrency())
                .figure(
                        "activities_per_member",
                        Unit.PER_CUSTOMER,
                        Ratio.of(counts.communityActivities(), counts.communityMembers())
                                .value())
                .count("members", counts.communityMembers())
                .count("activities", counts.communityActivities());
        return DEFINITION.result(
                request,
                segment.segment(),
                Ratio.of(counts.activeCommunityMembers(), segment.activeCustomers())
                        .percent(),
                parts.asMap(),
                count(counts.activeCommunityMembers()),
                count(segment.activeCustomers()),
                convention);
    }
}
