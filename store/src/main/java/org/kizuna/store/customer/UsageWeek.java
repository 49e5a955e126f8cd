package org.kizuna.store.customer;

import java.time.LocalDate;

/**
 * A customer's product usage in one ISO week.
 *
 * @param week the week's Monday
 * @param events product events (events.csv rows) that week
 * @param users distinct users with an event that week
 */
public record UsageWeek(LocalDate week, long events, long users) {}
