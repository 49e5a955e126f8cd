package org.kizuna.generator;

import org.kizuna.domain.contract.DataContract;
import org.kizuna.generator.CustomerLife.LifeMonth;
import org.kizuna.generator.CustomerLife.SubscriptionTerm;

/**
 * Writes a customer's subscriptions and orders: one subscription row per price term, a recurring invoice on each
 * monthly or yearly anniversary of the term's spell, one-off purchases (add-ons, cross-sells, one-off upsells,
 * services) and refunds of some of them as negative rows. Amounts are in the customer's billing currency.
 */
final class BillingRecords {

    /** One-off offers: [kind][list prices in yen]; gross margin in percent per kind. */
    private static final String[] ONE_OFF_KINDS = {"add_on", "cross_sell", "upsell", "other"};

    private static final long[][] ONE_OFF_PRICES_YEN = {
        {19_800, 29_800, 49_800, 98_000},
        {120_000, 240_000, 360_000, 600_000},
        {150_000, 300_000, 450_000},
        {80_000, 150_000, 300_000, 500_000}
    };
    private static final int[] ONE_OFF_MARGIN_PERCENT = {85, 70, 80, 35};

    /** Purchases a month at health 0: add-ons are common, services rare. */
    private static final double[] ONE_OFF_MONTHLY_RATE = {0.04, 0.008, 0.006, 0.01};

    private final TableFile subscriptions;
    private final TableFile orders;
    private final TimeText time;
    private final CompanyCalendar calendar;
    private final FeedbackRecords feedback;

    BillingRecords(TableFiles files, TimeText time, CompanyCalendar calendar, FeedbackRecords feedback) {
        this.subscriptions = files.of(DataContract.SUBSCRIPTIONS);
        this.orders = files.of(DataContract.ORDERS);
        this.time = time;
        this.calendar = calendar;
        this.feedback = feedback;
    }

    void write(CustomerContext customer) {
        for (SubscriptionTerm term : customer.life().terms()) {
            writeTerm(customer, term);
        }
        for (LifeMonth month : customer.life().months()) {
            writeOneOffs(customer, month);
        }
    }

    private void writeTerm(CustomerContext customer, SubscriptionTerm term) {
        BillingCurrency currency = customer.profile().currency();
        subscriptions.row(
                customer.nextId("SUB"),
                customer.customerId(),
                term.plan().label(),
                time.date(term.start()),
                term.end() == CustomerLife.ONGOING ? "" : time.date(term.end()),
                currency.format(term.mrr()),
                currency.code());
        int monthsFromAnchor = 0;
        while (CompanyCalendar.plusMonths(term.anchorDay(), monthsFromAnchor) < term.start()) {
            monthsFromAnchor++;
        }
        long amount = term.mrr() * term.billing().months();
        long margin = amount * term.plan().grossMarginPercent() / 100;
        for (int invoice = 0; ; invoice++) {
            int day = CompanyCalendar.plusMonths(
                    term.anchorDay(),
                    monthsFromAnchor + invoice * term.billing().months());
            if (day >= term.end() || day > calendar.lastDay()) {
                return;
            }
            String kind = invoice > 0
                    ? "renewal"
                    : switch (term.change()) {
                        case NEW, REACTIVATION -> "new";
                        case UPGRADE, SEAT_EXPANSION -> "upsell";
                        case DOWNGRADE, SEAT_CONTRACTION -> "renewal";
                    };
            // invoices go out in the morning billing run
            long orderedAt =
                    CompanyCalendar.moment(day, 9 * 3600 + customer.draws().below(3600));
            orders.row(
                    customer.nextId("ORD"),
                    customer.customerId(),
                    time.timestamp(orderedAt),
                    currency.format(amount),
                    currency.code(),
                    "true",
                    kind,
                    currency.format(margin));
            if (!kind.equals("renewal") || term.billing() == Plan.Billing.ANNUAL) {
                long sentAt = CompanyCalendar.moment(
                        day + customer.draws().between(1, 3), calendar.officeSecond(customer.draws()));
                feedback.ask(
                        customer, SurveyKind.PURCHASE_CSAT, sentAt, 0, "email", 0.35, customer.healthOn(day) + 0.2);
            }
        }
    }

    private void writeOneOffs(CustomerContext customer, LifeMonth month) {
        Draws draws = customer.draws();
        double appetite = StrictMath.exp(0.4 * month.health());
        double coveredShare = (month.end() - month.start()) / 30.4;
        boolean firstMonth = month.start() == customer.profile().signupDay();
        boolean managedAccount = customer.profile().plan().compareTo(Plan.PRO) >= 0;
        for (int kind = 0; kind < ONE_OFF_KINDS.length; kind++) {
            double rate = ONE_OFF_MONTHLY_RATE[kind] * appetite * coveredShare;
            if (kind == 3 && firstMonth && managedAccount) {
                // larger accounts often buy an implementation workshop with their first contract
                rate += 0.3;
            }
            int purchases = draws.poisson(rate);
            for (int p = 0; p < purchases; p++) {
                writeOneOff(customer, month, kind);
            }
        }
    }

    private void writeOneOff(CustomerContext customer, LifeMonth month, int kind) {
        Draws draws = customer.draws();
        BillingCurrency currency = customer.profile().currency();
        long[] prices = ONE_OFF_PRICES_YEN[kind];
        long amount = currency.fromYenListPrice(prices[draws.below(prices.length)]);
        long margin = amount * ONE_OFF_MARGIN_PERCENT[kind] / 100;
        long orderedAt = calendar.officeMoment(draws, month.start(), month.end());
        orders.row(
                customer.nextId("ORD"),
                customer.customerId(),
                time.timestamp(orderedAt),
                currency.format(amount),
                currency.code(),
                "false",
                ONE_OFF_KINDS[kind],
                currency.format(margin));
        if (kind == 0) {
            long sentAt = orderedAt + draws.between(30, 300);
            feedback.ask(customer, SurveyKind.CHECKOUT_CSAT, sentAt, 0, "in_app", 0.45, month.health() + 0.3);
        }
        if (draws.chance(0.04 * StrictMath.exp(-0.4 * month.health()))) {
            long refundedAt = orderedAt + draws.between(3, 30) * (long) CompanyCalendar.SECONDS_PER_DAY;
            if (refundedAt <= calendar.lastMoment()) {
                long share = draws.chance(0.5) ? 1 : 2;
                long refund = amount / share - (amount / share) % currency.minorPerUnit();
                orders.row(
                        customer.nextId("ORD"),
                        customer.customerId(),
                        time.timestamp(refundedAt),
                        currency.format(-refund),
                        currency.code(),
                        "false",
                        ONE_OFF_KINDS[kind],
                        currency.format(-refund * ONE_OFF_MARGIN_PERCENT[kind] / 100));
            }
        }
    }
}
