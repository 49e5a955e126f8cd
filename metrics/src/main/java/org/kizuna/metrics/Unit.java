package org.kizuna.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * What a metric's value is measured in, and so how it is rounded: the one place where figures are rounded
 * for output.
 */
public enum Unit {
    PERCENT("percent", "%", 2),
    POINTS("points", "pt", 2),
    SCORE("score", "", 2),
    /** An amount in the workspace's reporting currency; rounded to that currency's minor unit. */
    MONEY("", "", 2),
    /** Customers, or a mean of customers per day or month (daily active customers): two decimals. */
    CUSTOMERS("customers", "社", 2),
    /** People, or a mean of people per day or month (DAU, MAU over several months): two decimals. */
    USERS("users", "人", 2),
    HOURS("hours", "h", 2),
    DAYS("days", "日", 2),
    MONTHS("months", "か月", 2),
    MINUTES("minutes", "分", 2),
    /** A count of events, such as mentions or referrals. */
    COUNT("count", "件", 0),
    /** How many of something per customer, such as sessions per active customer per week. */
    PER_CUSTOMER("per_customer", "", 2),
    RATIO("ratio", "", 2);

    private final String id;
    private final String symbol;
    private final int scale;

    Unit(String id, String symbol, int scale) {
        this.id = id;
        this.symbol = symbol;
        this.scale = scale;
    }

    /** The unit as the JSON contract names it: the currency code for money. */
    public String id(String reportingCurrency) {
        return this == MONEY ? reportingCurrency : id;
    }

    public String symbol() {
        return symbol;
    }

    /** Rounds a figure half-up to this unit's precision; null stays null ("no data"). */
    public BigDecimal round(BigDecimal value, String reportingCurrency) {
        if (value == null) {
            return null;
        }
        int digits = this == MONEY ? moneyDigits(reportingCurrency) : scale;
        return value.setScale(digits, RoundingMode.HALF_UP);
    }

    private static int moneyDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknown) {
            return 2;
        }
    }
}
