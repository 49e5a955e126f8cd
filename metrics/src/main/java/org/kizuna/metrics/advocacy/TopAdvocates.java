package org.kizuna.metrics.advocacy;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;

/**
 * The most active and influential advocates: customers ranked by the referrals they made in the period, then
 * by those that converted, then by community activities, then by social mentions. The value is how many
 * advocates were ranked; the top ten are listed in flat parts ({@code rank_1_customer_id}, …). A segment ranks
 * its own customers; the whole base ranks everyone, which the top ten of each segment suffice for.
 */
public final class TopAdvocates implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "top_advocates",
            Family.ADVOCACY,
            "支持者のランキング",
            "Most active and influential advocates",
            Unit.COUNT,
            "期間中の紹介件数、成約した紹介件数、コミュニティ活動の件数、ソーシャルメディアでの言及件数の順（いずれも多い順、" + "同順は顧客IDの順）に顧客を並べる。値は順位をつけた支持者の数で、上位10社を示す。",
            "customers ranked by referrals made in the period, then converted referrals, then community activities,"
                    + " then social mentions (all descending, ties by customer id); the value is how many advocates"
                    + " were ranked, and the top 10 are listed.",
            List.of("001"),
            true);

    /** How many advocates the parts list. */
    public static final int LISTED = 10;

    /** Most referrals first, then most converted, community activities and mentions; ties by customer id. */
    public static final Comparator<RankedAdvocate> RANKING = Comparator.comparingLong(RankedAdvocate::referrals)
            .reversed()
            .thenComparing(RankedAdvocate::convertedReferrals, Comparator.reverseOrder())
            .thenComparing(RankedAdvocate::communityActivities, Comparator.reverseOrder())
            .thenComparing(RankedAdvocate::socialMentions, Comparator.reverseOrder())
            .thenComparing(RankedAdvocate::customerId);

    private static final String CONVENTION = "advocates = customers with ≥ 1 referral (" + ReferralRate.REFERRAL
            + "), community activity or social mention in the period, active or not; ranked by referrals, converted"
            + " referrals (as the data stands), community activities and social mentions, all descending, ties by"
            + " customer_id ascending; value = advocates ranked; parts list the top " + LISTED
            + ", null past the last advocate; a segment ranks its own customers";

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<RankedAdvocate> rows = inputs.advocacy().topAdvocates(request.period(), request.by(), LISTED);
        return Segmentation.slices(request, rows, RankedAdvocate::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), slice.rows()))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, List<RankedAdvocate> rows) {
        // Every row of a segment value carries that value's advocate count: add it once per value.
        Map<String, Long> advocatesByValue = new HashMap<>();
        rows.forEach(row -> advocatesByValue.put(row.segmentValue(), row.segmentAdvocates()));
        long advocates =
                advocatesByValue.values().stream().mapToLong(Long::longValue).sum();
        List<RankedAdvocate> top = rows.stream().sorted(RANKING).limit(LISTED).toList();
        return DEFINITION.result(
                request,
                segment,
                advocates > 0 ? AdvocacyResults.count(advocates) : null,
                parts(top),
                null,
                null,
                CONVENTION);
    }

    // Strings and counts side by side, which Parts (numbers only) does not hold.
    private static Map<String, Object> parts(List<RankedAdvocate> top) {
        Map<String, Object> parts = new LinkedHashMap<>();
        for (int rank = 1; rank <= LISTED; rank++) {
            RankedAdvocate advocate = rank <= top.size() ? top.get(rank - 1) : null;
            String prefix = "rank_" + rank + "_";
            boolean listed = advocate != null;
            parts.put(prefix + "customer_id", listed ? advocate.customerId() : null);
            parts.put(prefix + "name", listed ? advocate.name() : null);
            parts.put(prefix + "referrals", listed ? advocate.referrals() : null);
            parts.put(prefix + "converted", listed ? advocate.convertedReferrals() : null);
            parts.put(prefix + "community", listed ? advocate.communityActivities() : null);
            parts.put(prefix + "social", listed ? advocate.socialMentions() : null);
        }
        return parts;
    }
}
