package org.kizuna.generator;

/**
 * The demo company's four price plans: a monthly base price that includes some seats, plus a price per extra
 * seat, in each billing currency. Annual contracts pay twelve months less 15 % up front.
 */
enum Plan {
    STARTER("starter", 5, new Prices(29_800, 229, 309, 179, 209), new Prices(2_000, 15, 20, 12, 14)),
    STANDARD("standard", 20, new Prices(79_800, 599, 809, 469, 549), new Prices(1_800, 13, 18, 10, 12)),
    PRO("pro", 50, new Prices(198_000, 1_490, 1_990, 1_160, 1_360), new Prices(1_500, 11, 15, 9, 10)),
    ENTERPRISE("enterprise", 100, new Prices(498_000, 3_690, 4_990, 2_890, 3_390), new Prices(1_200, 9, 12, 7, 8));

    private static final int ANNUAL_DISCOUNT_PERCENT = 15;

    private final String label;
    private final int includedSeats;
    private final Prices basePrice;
    private final Prices seatPrice;

    Plan(String label, int includedSeats, Prices basePrice, Prices seatPrice) {
        this.label = label;
        this.includedSeats = includedSeats;
        this.basePrice = basePrice;
        this.seatPrice = seatPrice;
    }

    /** A monthly list price in whole units of each billing currency. */
    private record Prices(long jpy, long usd, long sgd, long gbp, long eur) {

        long in(BillingCurrency currency) {
            return switch (currency) {
                case JPY -> jpy;
                case USD -> usd;
                case SGD -> sgd;
                case GBP -> gbp;
                case EUR -> eur;
            };
        }
    }

    String label() {
        return label;
    }

    Plan higher() {
        return this == ENTERPRISE ? this : values()[ordinal() + 1];
    }

    Plan lower() {
        return this == STARTER ? this : values()[ordinal() - 1];
    }

    /**
     * Monthly recurring revenue in minor units. An annual contract's yearly amount is rounded down to a
     * multiple of twelve major units so that a twelfth of it is exact.
     */
    long mrr(BillingCurrency currency, int seats, Billing billing, int discountPercent) {
        long monthly = basePrice.in(currency) + (long) Math.max(0, seats - includedSeats) * seatPrice.in(currency);
        monthly = monthly * (100 - discountPercent) / 100;
        if (billing == Billing.MONTHLY) {
            return monthly * currency.minorPerUnit();
        }
        long yearlyUnits = monthly * 12 * (100 - ANNUAL_DISCOUNT_PERCENT) / 100;
        long roundedYearly = yearlyUnits - yearlyUnits % 12;
        return roundedYearly / 12 * currency.minorPerUnit();
    }

    /** Share of revenue left after hosting and third-party costs, in percent. */
    int grossMarginPercent() {
        return switch (this) {
            case STARTER -> 82;
            case STANDARD -> 80;
            case PRO -> 78;
            case ENTERPRISE -> 74;
        };
    }

    /** How a subscription is invoiced. */
    enum Billing {
        MONTHLY(1),
        ANNUAL(12);

        private final int months;

        Billing(int months) {
            this.months = months;
        }

        int months() {
            return months;
        }
    }
}
