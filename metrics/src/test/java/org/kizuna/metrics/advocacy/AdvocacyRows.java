package org.kizuna.metrics.advocacy;

import java.math.BigDecimal;

/**
 * Builders for the advocacy tallies, so that a test states only what matters to it: {@code
 * participants(2).active().referring(3).in("pro")}, {@code referrals(4).converted()}, {@code
 * advocate("c1").referrals(2).community(1)}, {@code mentions(3, "x").reactions(5, 1, 0)}.
 */
final class AdvocacyRows {

    private AdvocacyRows() {}

    /** Customers who did nothing in the period and were not active in it, until told otherwise. */
    static ParticipationRow participants(long customers) {
        return new ParticipationRow(customers);
    }

    /** Referrals naming a prospect, not converted, until told otherwise. */
    static ReferralRow referrals(long count) {
        return new ReferralRow(count);
    }

    /** Customers not acquired by referral, with their orders of the period summed. */
    static RevenueRow buyers(long customers, long orders, String revenue) {
        return new RevenueRow(customers, orders, new BigDecimal(revenue));
    }

    /** A customer who did nothing, until told otherwise. */
    static AdvocateRow advocate(String customerId) {
        return new AdvocateRow(customerId);
    }

    /** Mentions on a channel without reactions, until told otherwise. */
    static MentionRow mentions(long count, String channel) {
        return new MentionRow(count, channel);
    }

    static PointsRow points(String type, String points) {
        return new PointsRow(type, new BigDecimal(points));
    }

    static final class ParticipationRow {
        private final long customers;
        private String segmentValue;
        private boolean active;
        private long referrals;
        private long converted;
        private long referralRows;
        private long activities;
        private long shares;
        private boolean enrolled;
        private boolean earning;

        private ParticipationRow(long customers) {
            this.customers = customers;
        }

        ParticipationRow active() {
            active = true;
            return this;
        }

        /** Referrals naming a prospect, made by these customers between them (each made at least one). */
        ParticipationRow referring(long count) {
            referrals += count;
            referralRows += count;
            return this;
        }

        /** Converted referrals among theirs (each has at least one). */
        ParticipationRow converting(long count) {
            converted += count;
            return this;
        }

        /** Referral rows naming no prospect, such as sent invitations. */
        ParticipationRow inviting(long rows) {
            referralRows += rows;
            return this;
        }

        ParticipationRow inCommunity(long count) {
            activities += count;
            return this;
        }

        /** Community activities of kind share or invite, which are community activities too. */
        ParticipationRow sharing(long count) {
            activities += count;
            shares += count;
            return this;
        }

        ParticipationRow enrolled() {
            enrolled = true;
            return this;
        }

        ParticipationRow earningOrRedeeming() {
            earning = true;
            return this;
        }

        ParticipationRow in(String value) {
            segmentValue = value;
            return this;
        }

        ParticipationTally tally() {
            return new ParticipationTally(
                    segmentValue,
                    active,
                    referrals > 0,
                    converted > 0,
                    referralRows > 0,
                    activities > 0,
                    shares > 0,
                    enrolled,
                    earning,
                    customers,
                    referrals,
                    converted,
                    referralRows,
                    activities,
                    shares);
        }
    }

    static final class ReferralRow {
        private final long count;
        private String segmentValue;
        private boolean namesProspect = true;
        private boolean converted;

        private ReferralRow(long count) {
            this.count = count;
        }

        ReferralRow converted() {
            converted = true;
            return this;
        }

        ReferralRow namingNobody() {
            namesProspect = false;
            return this;
        }

        ReferralRow in(String value) {
            segmentValue = value;
            return this;
        }

        ReferralTally tally() {
            return new ReferralTally(segmentValue, namesProspect, converted, count);
        }
    }

    static final class RevenueRow {
        private final long customers;
        private final long orders;
        private final BigDecimal revenue;
        private String segmentValue;
        private boolean referred;

        private RevenueRow(long customers, long orders, BigDecimal revenue) {
            this.customers = customers;
            this.orders = orders;
            this.revenue = revenue;
        }

        RevenueRow referred() {
            referred = true;
            return this;
        }

        RevenueRow in(String value) {
            segmentValue = value;
            return this;
        }

        RevenueTally tally() {
            return new RevenueTally(segmentValue, referred, customers, orders, revenue);
        }
    }

    static final class AdvocateRow {
        private final String customerId;
        private String segmentValue;
        private String name;
        private long referrals;
        private long converted;
        private long community;
        private long social;

        private AdvocateRow(String customerId) {
            this.customerId = customerId;
        }

        AdvocateRow named(String value) {
            name = value;
            return this;
        }

        AdvocateRow referrals(long count) {
            referrals = count;
            return this;
        }

        AdvocateRow converted(long count) {
            converted = count;
            return this;
        }

        AdvocateRow community(long count) {
            community = count;
            return this;
        }

        AdvocateRow social(long count) {
            social = count;
            return this;
        }

        AdvocateRow in(String value) {
            segmentValue = value;
            return this;
        }

        /** The advocate as the store ranks it, before its segment's advocate count is known. */
        RankedAdvocate unranked() {
            return new RankedAdvocate(segmentValue, 0, customerId, name, referrals, converted, community, social);
        }
    }

    static final class MentionRow {
        private final long count;
        private final String channel;
        private String segmentValue;
        private long likes;
        private long shares;
        private long comments;

        private MentionRow(long count, String channel) {
            this.count = count;
            this.channel = channel;
        }

        MentionRow reactions(long likeCount, long shareCount, long commentCount) {
            likes = likeCount;
            shares = shareCount;
            comments = commentCount;
            return this;
        }

        MentionRow in(String value) {
            segmentValue = value;
            return this;
        }

        MentionTally tally() {
            return new MentionTally(segmentValue, channel, count, likes, shares, comments);
        }
    }

    static final class PointsRow {
        private final String type;
        private final BigDecimal points;
        private String segmentValue;

        private PointsRow(String type, BigDecimal points) {
            this.type = type;
            this.points = points;
        }

        PointsRow in(String value) {
            segmentValue = value;
            return this;
        }

        PointsTally tally() {
            return new PointsTally(segmentValue, type, points);
        }
    }
}
