package org.kizuna.metrics.support;

/** The event a ticket's clock runs to from its opening: the first agent reply, or the resolution. */
public enum TicketClock {
    FIRST_RESPONSE,
    RESOLUTION
}
