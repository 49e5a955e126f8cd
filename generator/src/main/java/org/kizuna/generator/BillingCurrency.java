package org.kizuna.generator;

/**
 * The currencies the demo company bills in, with how many minor units each has. Amounts are carried as whole
 * minor units (yen, cents) and written as exact decimals, never through floating point.
 */
enum BillingCurrency {
    JPY(0, 1),
    USD(2, 150),
    SGD(2, 111),
    GBP(2, 190),
    EUR(2, 163);

    private final int minorDigits;
    private final long listPriceYenPerUnit;

    BillingCurrency(int minorDigits, long listPriceYenPerUnit) {
        this.minorDigits = minorDigits;
        this.listPriceYenPerUnit = listPriceYenPerUnit;
    }

    String code() {
        return name();
    }

    /** One major unit in minor units: 1 for yen, 100 for cents. */
    long minorPerUnit() {
        return minorDigits == 0 ? 1 : 100;
    }

    /** A yen list price in this currency at the price list's fixed rate, rounded to whole units. */
    long fromYenListPrice(long yen) {
        return Math.max(1, Math.round((double) yen / listPriceYenPerUnit)) * minorPerUnit();
    }

    /** The yen value of one unit that list prices are set at, around which market rates move. */
    long listPriceYenPerUnit() {
        return listPriceYenPerUnit;
    }

    /** Writes minor units as a decimal with this currency's digits: 1234 cents as {@code 12.34}. */
    String format(long minor) {
        return minorDigits == 0 ? Long.toString(minor) : twoDecimals(minor);
    }

    /** Writes hundredths as an exact decimal: -1234 as {@code -12.34}. */
    static String twoDecimals(long hundredths) {
        long magnitude = Math.abs(hundredths);
        long fraction = magnitude % 100;
        StringBuilder text = new StringBuilder(16);
        if (hundredths < 0) {
            text.append('-');
        }
        text.append(magnitude / 100).append('.');
        if (fraction < 10) {
            text.append('0');
        }
        return text.append(fraction).toString();
    }
}
