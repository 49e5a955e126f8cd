package org.kizuna.metrics;

/**
 * How a workspace decides whether a customer is active on a day: covered by a subscription (contractual
 * businesses) or a purchase within the inactivity window (non-contractual ones). An explicit
 * {@code churned_at} overrides both.
 */
public sealed interface ActivityBasis {

    /** The convention in words, as output states it. */
    String describe();

    /** A customer is active on a day that one of its subscription rows covers. */
    record Subscriptions() implements ActivityBasis {
        @Override
        public String describe() {
            return "active = covered by a subscription on the day; churned_at overrides";
        }
    }

    /** A customer is active on day d if it bought something in the {@code windowDays} days ending on d. */
    record Purchases(int windowDays) implements ActivityBasis {
        @Override
        public String describe() {
            return "active = a purchase in the " + windowDays
                    + " days ending on the day (no subscriptions in this workspace); churned_at overrides";
        }
    }

    /** Neither subscriptions nor orders exist: nobody can be judged active. */
    record Unknown() implements ActivityBasis {
        @Override
        public String describe() {
            return "no subscriptions or orders: activity unknown";
        }
    }
}
