package org.kizuna.metrics.advocacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.kizuna.domain.Period;

/**
 * The advocacy family's port over tally rows held in memory; without rows every input is empty. Like the
 * store, it gives every row a null segment value when no breakdown is asked for, and ranks advocates per
 * segment value, keeping the best {@code perSegment} of each.
 */
public final class InMemoryAdvocacyInputs implements AdvocacyInputs {

    private final List<ParticipationTally> participation = new ArrayList<>();
    private final List<ReferralTally> referrals = new ArrayList<>();
    private final List<RevenueTally> revenue = new ArrayList<>();
    private final List<RankedAdvocate> advocates = new ArrayList<>();
    private final List<MentionTally> mentions = new ArrayList<>();
    private final List<PointsTally> points = new ArrayList<>();

    InMemoryAdvocacyInputs with(AdvocacyRows.ParticipationRow... rows) {
        Arrays.stream(rows).map(AdvocacyRows.ParticipationRow::tally).forEach(participation::add);
        return this;
    }

    InMemoryAdvocacyInputs with(AdvocacyRows.ReferralRow... rows) {
        Arrays.stream(rows).map(AdvocacyRows.ReferralRow::tally).forEach(referrals::add);
        return this;
    }

    InMemoryAdvocacyInputs with(AdvocacyRows.RevenueRow... rows) {
        Arrays.stream(rows).map(AdvocacyRows.RevenueRow::tally).forEach(revenue::add);
        return this;
    }

    InMemoryAdvocacyInputs with(AdvocacyRows.AdvocateRow... rows) {
        Arrays.stream(rows).map(AdvocacyRows.AdvocateRow::unranked).forEach(advocates::add);
        return this;
    }

    InMemoryAdvocacyInputs with(AdvocacyRows.MentionRow... rows) {
        Arrays.stream(rows).map(AdvocacyRows.MentionRow::tally).forEach(mentions::add);
        return this;
    }

    InMemoryAdvocacyInputs with(AdvocacyRows.PointsRow... rows) {
        Arrays.stream(rows).map(AdvocacyRows.PointsRow::tally).forEach(points::add);
        return this;
    }

    @Override
    public List<ParticipationTally> participation(Period period, Optional<String> by) {
        return segmented(
                participation,
                by,
                row -> new ParticipationTally(
                        null,
                        row.activeDuring(),
                        row.referrer(),
                        row.convertingReferrer(),
                        row.referralProgrammeUser(),
                        row.communityMember(),
                        row.communitySharer(),
                        row.loyaltyEnrolled(),
                        row.loyaltyEarnerOrRedeemer(),
                        row.customers(),
                        row.referrals(),
                        row.convertedReferrals(),
                        row.referralRows(),
                        row.communityActivities(),
                        row.communityShares()));
    }

    @Override
    public List<ReferralTally> referrals(Period period, Optional<String> by) {
        return segmented(
                referrals, by, row -> new ReferralTally(null, row.namesProspect(), row.converted(), row.referrals()));
    }

    @Override
    public List<RevenueTally> revenue(Period period, Optional<String> by) {
        return segmented(
                revenue,
                by,
                row -> new RevenueTally(null, row.referred(), row.buyingCustomers(), row.orders(), row.revenue()));
    }

    @Override
    public List<RankedAdvocate> topAdvocates(Period period, Optional<String> by, int perSegment) {
        Map<String, List<RankedAdvocate>> bySegment = new HashMap<>();
        for (RankedAdvocate advocate : segmented(advocates, by, InMemoryAdvocacyInputs::withoutSegment)) {
            bySegment
                    .computeIfAbsent(advocate.segmentValue(), value -> new ArrayList<>())
                    .add(advocate);
        }
        List<RankedAdvocate> top = new ArrayList<>();
        for (List<RankedAdvocate> segment : bySegment.values()) {
            segment.stream()
                    .sorted(TopAdvocates.RANKING)
                    .limit(perSegment)
                    .map(advocate -> new RankedAdvocate(
                            advocate.segmentValue(),
                            segment.size(),
                            advocate.customerId(),
                            advocate.name(),
                            advocate.referrals(),
                            advocate.convertedReferrals(),
                            advocate.communityActivities(),
                            advocate.socialMentions()))
                    .forEach(top::add);
        }
        return top;
    }

    @Override
    public List<MentionTally> mentions(Period period, Optional<String> by) {
        return segmented(
                mentions,
                by,
                row -> new MentionTally(
                        null, row.channel(), row.mentions(), row.likes(), row.shares(), row.comments()));
    }

    @Override
    public List<PointsTally> loyaltyPoints(Period period, Optional<String> by) {
        return segmented(points, by, row -> new PointsTally(null, row.type(), row.points()));
    }

    private static RankedAdvocate withoutSegment(RankedAdvocate row) {
        return new RankedAdvocate(
                null,
                row.segmentAdvocates(),
                row.customerId(),
                row.name(),
                row.referrals(),
                row.convertedReferrals(),
                row.communityActivities(),
                row.socialMentions());
    }

    private static <T> List<T> segmented(List<T> rows, Optional<String> by, UnaryOperator<T> withoutSegment) {
        Function<T, T> mapping = by.isPresent() ? Function.identity() : withoutSegment;
        return rows.stream().map(mapping).toList();
    }
}
