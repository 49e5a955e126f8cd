package org.kizuna.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.advocacy.AdvocacyInputs;
import org.kizuna.metrics.advocacy.MentionTally;
import org.kizuna.metrics.advocacy.ParticipationTally;
import org.kizuna.metrics.advocacy.PointsTally;
import org.kizuna.metrics.advocacy.RankedAdvocate;
import org.kizuna.metrics.advocacy.ReferralTally;
import org.kizuna.metrics.advocacy.RevenueTally;

/** The advocacy family's inputs, each one aggregate query over the workspace's tables. */
final class AdvocacyQueries implements AdvocacyInputs {

    private static final SqlTemplate PARTICIPATION = SqlTemplate.load("advocacy_participation.sql");
    private static final SqlTemplate REFERRALS = SqlTemplate.load("advocacy_referrals.sql");
    private static final SqlTemplate REVENUE = SqlTemplate.load("advocacy_revenue.sql");
    private static final SqlTemplate TOP = SqlTemplate.load("advocacy_top.sql");
    private static final SqlTemplate MENTIONS = SqlTemplate.load("advocacy_mentions.sql");
    private static final SqlTemplate POINTS = SqlTemplate.load("advocacy_points.sql");

    private final QueryRunner runner;

    AdvocacyQueries(QueryRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<ParticipationTally> participation(Period period, Optional<String> by) {
        Map<String, String> values = runner.periodValues(period);
        values.put("active", runner.activeDuring(period));
        List<ParticipationTally> tallies = new ArrayList<>();
        runner.query(
                PARTICIPATION,
                values,
                by,
                r -> tallies.add(new ParticipationTally(
                        r.getString(1),
                        r.getBoolean(2),
                        r.getBoolean(3),
                        r.getBoolean(4),
                        r.getBoolean(5),
                        r.getBoolean(6),
                        r.getBoolean(7),
                        r.getBoolean(8),
                        r.getBoolean(9),
                        r.getLong(10),
                        r.getLong(11),
                        r.getLong(12),
                        r.getLong(13),
                        r.getLong(14),
                        r.getLong(15))));
        return tallies;
    }

    @Override
    public List<ReferralTally> referrals(Period period, Optional<String> by) {
        List<ReferralTally> tallies = new ArrayList<>();
        runner.query(
                REFERRALS,
                runner.periodValues(period),
                by,
                Map.of("channel", "r.channel"),
                r -> tallies.add(new ReferralTally(r.getString(1), r.getBoolean(2), r.getBoolean(3), r.getLong(4))));
        return tallies;
    }

    @Override
    public List<RevenueTally> revenue(Period period, Optional<String> by) {
        List<RevenueTally> tallies = new ArrayList<>();
        runner.query(
                REVENUE,
                runner.periodValues(period),
                by,
                r -> tallies.add(new RevenueTally(
                        r.getString(1), r.getBoolean(2), r.getLong(3), r.getLong(4), r.getBigDecimal(5))));
        return tallies;
    }

    @Override
    public List<RankedAdvocate> topAdvocates(Period period, Optional<String> by, int perSegment) {
        Map<String, String> values = runner.periodValues(period);
        values.put("limit", Integer.toString(perSegment));
        List<RankedAdvocate> advocates = new ArrayList<>();
        runner.query(
                TOP,
                values,
                by,
                r -> advocates.add(new RankedAdvocate(
                        r.getString(1),
                        r.getLong(2),
                        r.getString(3),
                        r.getString(4),
                        r.getLong(5),
                        r.getLong(6),
                        r.getLong(7),
                        r.getLong(8))));
        return advocates;
    }

    @Override
    public List<MentionTally> mentions(Period period, Optional<String> by) {
        Map<String, String> values = runner.periodValues(period);
        // A mention's own channel is its segment even without a customer; a customer attribute is not.
        boolean byRow = by.isPresent() && Segmentation.ROW_ATTRIBUTES.contains(by.get());
        values.put("customerless", byRow ? "false" : "c.customer_id IS NULL");
        List<MentionTally> tallies = new ArrayList<>();
        runner.query(
                MENTIONS,
                values,
                by,
                Map.of("channel", "s.channel"),
                r -> tallies.add(new MentionTally(
                        r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6))));
        return tallies;
    }

    @Override
    public List<PointsTally> loyaltyPoints(Period period, Optional<String> by) {
        List<PointsTally> tallies = new ArrayList<>();
        runner.query(
                POINTS,
                spans -> runner.spanValues(spans, Map.of("loyalty_span", "l.occurred_at")),
                period,
                by,
                Map.of(),
                r -> tallies.add(new PointsTally(r.getString(1), r.getString(2), r.getBigDecimal(3))));
        return tallies;
    }
}
