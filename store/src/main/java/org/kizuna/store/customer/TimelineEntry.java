package org.kizuna.store.customer;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to or with a customer.
 *
 * @param at when: a day ({@code 2024-06-10}) for rows dated by day, else an instant in the workspace time zone
 *     ({@code 2024-06-12T10:00:00+09:00})
 * @param kind the table it comes from: customer, subscription, order, usage, survey, ticket, onboarding,
 *     education, referral, loyalty, community or social
 * @param event what happened, e.g. {@code subscription_changed}, {@code ticket_resolved}
 * @param title the row's own label (a plan, a survey, a course …), or null
 * @param details the row's other values by column, in a fixed order; values are text, numbers or booleans
 * @param instant when, for ordering: a day counts from its start
 */
public record TimelineEntry(
        String at, String kind, String event, String title, Map<String, Object> details, Instant instant) {}
