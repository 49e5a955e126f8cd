package org.kizuna.metrics.revenue;

import java.math.BigDecimal;

/**
 * Builders for the value family's tally rows, so that a test states only what matters to it: {@code
 * customers(4).ordered(6, "1200", "480").in("pro")}, {@code orders(2, "upsell", "300")}, {@code
 * cost("marketing", "900").taggedWith("acquisition_channel", "ads")}, {@code audience(3).kept().acquired()}.
 */
final class ValueRows {

    private ValueRows() {}

    /** Customers without orders, not referred, until told otherwise. */
    static CustomerRow customers(long count) {
        return new CustomerRow(count);
    }

    /** Orders of a kind, not recurring and all carrying a margin of 0, until told otherwise. */
    static OrderRow orders(long count, String kind, String revenue) {
        return new OrderRow(count, kind, new BigDecimal(revenue));
    }

    /** An untagged cost's part falling in the period, from one cost row. */
    static CostRow cost(String category, String amount) {
        return new CostRow(category, new BigDecimal(amount));
    }

    /** Customers neither kept by a filter, acquired nor active, with no tag value, until told otherwise. */
    static AudienceRow audience(long count) {
        return new AudienceRow(count);
    }

    static final class CustomerRow {
        private final long count;
        private String segmentValue;
        private boolean referred;
        private long orders;
        private long withoutMargin;
        private BigDecimal revenue = BigDecimal.ZERO;
        private BigDecimal margin = BigDecimal.ZERO;

        private CustomerRow(long count) {
            this.count = count;
        }

        /** Orders adding up to the revenue, and to the margin over those that carry one. */
        CustomerRow ordered(long orderCount, String orderRevenue, String orderMargin) {
            orders = orderCount;
            revenue = new BigDecimal(orderRevenue);
            margin = new BigDecimal(orderMargin);
            return this;
        }

        CustomerRow withoutMargin(long orderCount) {
            withoutMargin = orderCount;
            return this;
        }

        CustomerRow referred() {
            referred = true;
            return this;
        }

        CustomerRow in(String value) {
            segmentValue = value;
            return this;
        }

        CustomerValueTally tally() {
            return new CustomerValueTally(segmentValue, referred, count, orders, withoutMargin, revenue, margin);
        }
    }

    static final class OrderRow {
        private final long count;
        private final String kind;
        private final BigDecimal revenue;
        private String segmentValue;
        private boolean recurring;
        private BigDecimal margin = BigDecimal.ZERO;
        private boolean withoutMargin;

        private OrderRow(long count, String kind, BigDecimal revenue) {
            this.count = count;
            this.kind = kind;
            this.revenue = revenue;
        }

        OrderRow recurring() {
            recurring = true;
            return this;
        }

        OrderRow margin(String orderMargin) {
            margin = new BigDecimal(orderMargin);
            return this;
        }

        OrderRow withoutMargin() {
            withoutMargin = true;
            return this;
        }

        OrderRow in(String value) {
            segmentValue = value;
            return this;
        }

        OrderTally tally() {
            return new OrderTally(
                    segmentValue,
                    kind,
                    recurring,
                    count,
                    withoutMargin ? count : 0,
                    revenue,
                    withoutMargin ? BigDecimal.ZERO : revenue,
                    withoutMargin ? BigDecimal.ZERO : margin);
        }
    }

    static final class CostRow {
        private final String category;
        private final BigDecimal amount;
        private String tagAttribute;
        private String tagValue;

        private CostRow(String category, BigDecimal amount) {
            this.category = category;
            this.amount = amount;
        }

        CostRow taggedWith(String attribute, String value) {
            tagAttribute = attribute;
            tagValue = value;
            return this;
        }

        CostTally tally() {
            return new CostTally(category, tagAttribute, tagValue, 1, amount);
        }
    }

    static final class AudienceRow {
        private final long count;
        private String tagValue;
        private boolean kept;
        private boolean acquired;
        private boolean active;

        private AudienceRow(long count) {
            this.count = count;
        }

        AudienceRow kept() {
            kept = true;
            return this;
        }

        AudienceRow acquired() {
            acquired = true;
            return this;
        }

        AudienceRow active() {
            active = true;
            return this;
        }

        AudienceRow with(String value) {
            tagValue = value;
            return this;
        }

        CostAudienceTally tally() {
            return new CostAudienceTally(tagValue, kept, acquired, active, count);
        }
    }
}
