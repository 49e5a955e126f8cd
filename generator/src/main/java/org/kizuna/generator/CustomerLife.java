package org.kizuna.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * What happens to one customer from signup to the last day of the data: its contract terms, its month-by-month
 * health and usage, its support tickets, its relationship NPS answers and its onboarding. It is the single source
 * from which every table row of the customer is written, and it can be rebuilt from the seed at any time.
 */
final class CustomerLife {

    static final int ONGOING = Integer.MAX_VALUE;

    /** How a term began: the first contract, a return after churn, or a change of price at a renewal. */
    enum TermChange {
        NEW,
        REACTIVATION,
        UPGRADE,
        DOWNGRADE,
        SEAT_EXPANSION,
        SEAT_CONTRACTION
    }

    /**
     * A period at one price.
     *
     * @param end first day no longer covered, or {@link #ONGOING}
     * @param anchorDay the first day of the spell this term belongs to; invoices fall on its monthly anniversaries
     * @param mrr monthly recurring revenue in minor units of the customer's currency
     */
    record SubscriptionTerm(
            int start,
            int end,
            int anchorDay,
            Plan plan,
            int seats,
            Plan.Billing billing,
            long mrr,
            TermChange change) {

        boolean covers(int day) {
            return day >= start && day < end;
        }
    }

    /**
     * One month of a spell, from an anniversary of the spell's start to the next, cut at the end of the data.
     *
     * @param ordinal months since the spell began
     * @param sessions product sessions the customer's users start in the month
     * @param engagedUsers how many of the seats use the product this month
     */
    record LifeMonth(
            int start, int end, int ordinal, double health, int sessions, int engagedUsers, Plan plan, int seats) {}

    /** A relationship NPS invitation and, if answered before the end of the data, its answer. */
    record NpsAnswer(long sentAt, int user, long answeredAt, int score) {

        static final long UNANSWERED = -1;

        boolean answered() {
            return answeredAt != UNANSWERED;
        }
    }

    /**
     * @param completionDays days after signup on which each {@link OnboardingMilestone} was completed, -1 for never
     */
    record Onboarding(int[] completionDays, boolean onTime) {}

    private final CustomerProfile profile;
    private final Onboarding onboarding;
    private final List<SubscriptionTerm> terms = new ArrayList<>(4);
    private final List<LifeMonth> months = new ArrayList<>(32);
    private final List<SupportTicket> tickets = new ArrayList<>(8);
    private final List<NpsAnswer> npsAnswers = new ArrayList<>(8);

    CustomerLife(CustomerProfile profile, Onboarding onboarding) {
        this.profile = profile;
        this.onboarding = onboarding;
    }

    void add(SubscriptionTerm term) {
        terms.add(term);
    }

    void add(LifeMonth month) {
        months.add(month);
    }

    void add(SupportTicket ticket) {
        tickets.add(ticket);
    }

    void add(NpsAnswer answer) {
        npsAnswers.add(answer);
    }

    CustomerProfile profile() {
        return profile;
    }

    Onboarding onboarding() {
        return onboarding;
    }

    List<SubscriptionTerm> terms() {
        return terms;
    }

    List<LifeMonth> months() {
        return months;
    }

    List<SupportTicket> tickets() {
        return tickets;
    }

    List<NpsAnswer> npsAnswers() {
        return npsAnswers;
    }

    boolean activeOn(int day) {
        for (SubscriptionTerm term : terms) {
            if (term.covers(day)) {
                return true;
            }
        }
        return false;
    }

    /** The first day of the first spell that is no longer covered, or {@link #ONGOING}. */
    int firstSpellEnd() {
        int end = profile.signupDay();
        for (SubscriptionTerm term : terms) {
            if (term.start() != end) {
                break;
            }
            end = term.end();
        }
        return end;
    }

    int maxSeats() {
        int seats = 1;
        for (SubscriptionTerm term : terms) {
            seats = Math.max(seats, term.seats());
        }
        return seats;
    }

    /** The score of the latest relationship NPS answer given before {@code moment}, or -1 if there is none. */
    int latestNpsScore(long moment) {
        int score = -1;
        long latest = Long.MIN_VALUE;
        for (NpsAnswer answer : npsAnswers) {
            if (answer.answered() && answer.answeredAt() < moment && answer.answeredAt() > latest) {
                latest = answer.answeredAt();
                score = answer.score();
            }
        }
        return score;
    }

    boolean slowTicketOpenedBetween(long from, long toExclusive) {
        for (SupportTicket ticket : tickets) {
            if (ticket.openedAt() >= from && ticket.openedAt() < toExclusive && ticket.slowFirstResponse()) {
                return true;
            }
        }
        return false;
    }

    /**
     * How willing the customer is to refer others at a moment, from 0 to 1, by its latest NPS answer: promoters
     * refer, passives sometimes, detractors hardly ever. Both outgoing referrals and the choice of referrer for
     * referred customers use it.
     */
    double referralPropensity(long moment) {
        int score = latestNpsScore(moment);
        if (score < 0) {
            return 0.2;
        }
        if (score >= 9) {
            return 1.0;
        }
        return score >= 7 ? 0.3 : 0.05;
    }
}
