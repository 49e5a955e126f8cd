package org.kizuna.generator;

import org.kizuna.generator.CustomerLife.LifeMonth;
import org.kizuna.generator.CustomerLife.NpsAnswer;
import org.kizuna.generator.CustomerLife.Onboarding;
import org.kizuna.generator.CustomerLife.SubscriptionTerm;
import org.kizuna.generator.CustomerLife.TermChange;

/**
 * Simulates a customer's life month by month from its profile: health drifts around its starting level, usage,
 * tickets and NPS answers follow health, and at each renewal the customer churns with the {@link ChurnHazard} of
 * what it has shown, or changes plan or seats, or renews. Churned customers sometimes come back after a gap.
 */
final class LifeSimulation {

    /** How strongly health returns to the customer's own level each month, and how much it moves. */
    private static final double HEALTH_PERSISTENCE = 0.8;

    private static final double HEALTH_NOISE = 0.3;

    private final long seed;
    private final CompanyCalendar calendar;
    private final SupportDesk supportDesk;

    LifeSimulation(long seed, CompanyCalendar calendar) {
        this.seed = seed;
        this.calendar = calendar;
        this.supportDesk = new SupportDesk(calendar);
    }

    /** Sessions a month that a customer with this many seats typically starts; the yardstick for low usage. */
    static double typicalSessions(int seats) {
        return 0.5 * StrictMath.pow(seats, 0.6);
    }

    CustomerLife simulate(CustomerProfile profile) {
        Draws draws = Draws.forCustomer(seed, profile.index(), Draws.Purpose.LIFE);
        Onboarding onboarding = onboarding(draws, profile.health());
        CustomerLife life = new CustomerLife(profile, onboarding);
        Contract contract = new Contract(profile);
        int lastDay = calendar.lastDay();
        double health = profile.health();
        int ordinal = 0;
        while (true) {
            int monthStart = CompanyCalendar.plusMonths(contract.spellStart, ordinal);
            int monthEnd = CompanyCalendar.plusMonths(contract.spellStart, ordinal + 1);
            health = HEALTH_PERSISTENCE * health
                    + (1 - HEALTH_PERSISTENCE) * profile.health()
                    + HEALTH_NOISE * draws.gaussian();
            LifeMonth month = liveMonth(draws, life, contract, ordinal, monthStart, monthEnd, health);
            life.add(month);
            if (monthEnd > lastDay) {
                life.add(contract.term(CustomerLife.ONGOING));
                return life;
            }
            boolean renewal = contract.billing == Plan.Billing.MONTHLY || (ordinal + 1) % 12 == 0;
            if (renewal && churns(draws, life, contract, month, monthEnd)) {
                life.add(contract.term(monthEnd));
                int returnDay = monthEnd + draws.between(45, 330);
                boolean returns = draws.chance(Math.min(0.4, 0.15 * StrictMath.exp(0.3 * health)));
                if (!returns || returnDay > lastDay) {
                    return life;
                }
                contract.reactivate(draws, returnDay);
                ordinal = 0;
                continue;
            }
            if (renewal) {
                changePrice(draws, life, contract, monthEnd, health);
            }
            ordinal++;
        }
    }

    /** Usage, tickets and NPS answers of one month, all following the month's health. */
    private LifeMonth liveMonth(
            Draws draws,
            CustomerLife life,
            Contract contract,
            int ordinal,
            int monthStart,
            int monthEnd,
            double health) {
        int end = Math.min(monthEnd, calendar.lastDay() + 1);
        double coveredShare = (double) (end - monthStart) / (monthEnd - monthStart);
        int seats = contract.seats;
        double onboardingBoost = ordinal == 0 ? 1.3 : 1.0;
        int sessions = draws.poisson(
                typicalSessions(seats) * StrictMath.exp(0.5 * health - 0.125) * coveredShare * onboardingBoost);
        int engagedUsers = (int) Math.max(1, Math.min(seats, Math.round(seats * Draws.logistic(0.2 + 0.9 * health))));
        int tickets = draws.poisson(SupportDesk.expectedTickets(seats, health, ordinal) * coveredShare);
        for (int t = 0; t < tickets; t++) {
            life.add(supportDesk.open(draws, life.profile(), monthStart, end, health));
        }
        if (ordinal % 3 == 2) {
            askForNps(draws, life, monthStart, end, health, seats);
        }
        return new LifeMonth(monthStart, end, ordinal, health, sessions, engagedUsers, contract.plan, seats);
    }

    /** Whether the customer leaves at the renewal that ends this month, by what it has shown so far. */
    private boolean churns(Draws draws, CustomerLife life, Contract contract, LifeMonth month, int renewalDay) {
        long renewal = CompanyCalendar.moment(renewalDay, 0);
        long windowStart = renewal - ChurnHazard.SLOW_SUPPORT_WINDOW_DAYS * (long) CompanyCalendar.SECONDS_PER_DAY;
        double hazard = ChurnHazard.monthly(
                contract.plan,
                calendar.monthOfYear(renewalDay),
                month.sessions() < 0.5 * typicalSessions(contract.seats),
                life.slowTicketOpenedBetween(windowStart, renewal),
                life.latestNpsScore(renewal),
                life.onboarding().onTime());
        return draws.chance(ChurnHazard.atRenewal(contract.billing, hazard));
    }

    /** Possibly a new price from the renewal day: another plan or other seats. */
    private static void changePrice(Draws draws, CustomerLife life, Contract contract, int renewalDay, double health) {
        TermChange change = planChange(draws, contract.plan, contract.billing, health);
        if (change == null) {
            return;
        }
        Plan plan = switch (change) {
            case UPGRADE -> contract.plan.higher();
            case DOWNGRADE -> contract.plan.lower();
            default -> contract.plan;
        };
        int seats = switch (change) {
            case UPGRADE -> (int) Math.round(contract.seats * draws.uniform(1.0, 1.5));
            case SEAT_EXPANSION -> (int) Math.round(contract.seats * draws.uniform(1.1, 1.4)) + 1;
            default -> (int) Math.max(1, Math.round(contract.seats * draws.uniform(0.6, 0.9)));
        };
        if (contract.mrr(plan, seats) == contract.mrr(contract.plan, contract.seats)) {
            // seats moving within the plan's included seats change no price, so the term goes on
            return;
        }
        life.add(contract.term(renewalDay));
        contract.plan = plan;
        contract.seats = seats;
        contract.termStart = renewalDay;
        contract.change = change;
    }

    /** The contract as it stands while the life is simulated: the open term and the spell it belongs to. */
    private static final class Contract {

        private final CustomerProfile profile;
        private Plan plan;
        private int seats;
        private Plan.Billing billing;
        private int spellStart;
        private int termStart;
        private TermChange change = TermChange.NEW;

        Contract(CustomerProfile profile) {
            this.profile = profile;
            this.plan = profile.plan();
            this.seats = profile.seats();
            this.billing = profile.billing();
            this.spellStart = profile.signupDay();
            this.termStart = spellStart;
        }

        long mrr(Plan atPlan, int atSeats) {
            return atPlan.mrr(profile.currency(), atSeats, billing, profile.discountPercent());
        }

        /** The open term, ended on the given day (or {@link CustomerLife#ONGOING}). */
        SubscriptionTerm term(int end) {
            return new SubscriptionTerm(termStart, end, spellStart, plan, seats, billing, mrr(plan, seats), change);
        }

        /** A churned customer comes back, often a plan lower and with fewer seats, paying monthly. */
        void reactivate(Draws draws, int returnDay) {
            plan = draws.chance(0.4) ? plan.lower() : plan;
            seats = (int) Math.max(1, Math.round(seats * draws.uniform(0.6, 1.0)));
            billing = Plan.Billing.MONTHLY;
            spellStart = returnDay;
            termStart = returnDay;
            change = TermChange.REACTIVATION;
        }
    }

    /** A price change at a renewal, or null for none; healthy customers grow, unhealthy ones shrink. */
    private static TermChange planChange(Draws draws, Plan plan, Plan.Billing billing, double health) {
        double growth = StrictMath.exp(0.5 * health);
        double decline = StrictMath.exp(-0.5 * health);
        double perRenewal = billing == Plan.Billing.MONTHLY ? 1 : 8;
        double draw = draws.uniform();
        double upgrade = plan == Plan.ENTERPRISE ? 0 : 0.012 * growth * perRenewal;
        double downgrade = plan == Plan.STARTER ? 0 : 0.006 * decline * perRenewal;
        double expansion = plan == Plan.STARTER ? 0 : 0.02 * growth * perRenewal;
        double contraction = plan == Plan.STARTER ? 0 : 0.01 * decline * perRenewal;
        if ((draw -= upgrade) < 0) {
            return TermChange.UPGRADE;
        }
        if ((draw -= downgrade) < 0) {
            return TermChange.DOWNGRADE;
        }
        if ((draw -= expansion) < 0) {
            return TermChange.SEAT_EXPANSION;
        }
        if (draw - contraction < 0) {
            return TermChange.SEAT_CONTRACTION;
        }
        return null;
    }

    private void askForNps(Draws draws, CustomerLife life, int fromDay, int toDayExclusive, double health, int seats) {
        int invited = 1 + (seats > 20 ? 1 : 0) + (seats > 80 ? 1 : 0);
        for (int i = 0; i < invited; i++) {
            long sentAt = calendar.officeMoment(draws, Math.min(fromDay + 7, toDayExclusive - 1), toDayExclusive);
            int user = i == 0 ? 0 : draws.below(Math.max(1, seats));
            int score = (int) Math.max(0, Math.min(10, Math.round(7.0 + 1.7 * health + 1.2 * draws.gaussian())));
            long answeredAt = sentAt + Math.max(60, Math.round(draws.logNormal(18 * 3600, 1.2)));
            boolean answers = draws.chance(0.4);
            if (sentAt > calendar.lastMoment()) {
                continue;
            }
            life.add(new NpsAnswer(
                    sentAt,
                    user,
                    answers && answeredAt <= calendar.lastMoment() ? answeredAt : NpsAnswer.UNANSWERED,
                    score));
        }
    }

    /** Healthy customers finish the required milestones within the target; others are late on one or two. */
    private static Onboarding onboarding(Draws draws, double health) {
        OnboardingMilestone[] milestones = OnboardingMilestone.values();
        int[] days = new int[milestones.length];
        boolean onTime = draws.chance(Draws.logistic(0.3 + 1.2 * health));
        for (int i = 0; i < milestones.length; i++) {
            OnboardingMilestone milestone = milestones[i];
            boolean done = milestone.required() || draws.chance(Draws.logistic(-0.2 + 0.8 * health));
            days[i] = done ? draws.between(milestone.earliestDay(), milestone.latestDay()) : -1;
        }
        if (!onTime) {
            int late = 1 + draws.below(2);
            for (int l = 0; l < late; l++) {
                // account setup happens at signup; any of the other three required milestones can slip
                int slipped = 1 + draws.below(3);
                days[slipped] = draws.chance(0.35)
                        ? -1
                        : draws.between(OnboardingMilestone.TARGET_DAYS + 1, OnboardingMilestone.TARGET_DAYS + 90);
            }
        }
        return new Onboarding(days, onTime);
    }
}
