package org.kizuna.metrics.engagement;

import java.util.Locale;

/**
 * The channels a customer interacts on, in the order results show them: the product (events), email
 * (sessions an email prompted), support (tickets opened), community (community activity) and social
 * (mentions attributed to the customer).
 */
public enum InteractionChannel {
    PRODUCT,
    EMAIL,
    SUPPORT,
    COMMUNITY,
    SOCIAL;

    /** The channel as part names spell it, e.g. {@code support}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
