package org.kizuna.store.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's key figures on a day.
 *
 * @param id customer_id
 * @param name the name, or null
 * @param plan the plan attribute of customers.csv, or null
 * @param mrr the monthly recurring revenue on the day as the revenue metrics count it (the subscription rows
 *     covering the day, nothing from churned_at on, rounded to the currency's minor unit); null in a workspace
 *     without subscriptions
 * @param status active or churned on the day, as the metrics judge activity
 * @param customerSince signup_date
 * @param churnedAt the explicit churn date, if on or before the day; else null
 * @param lastActivity the day of the latest product event up to the day, or null
 * @param latestNps the score of the latest NPS answer up to the day, or null
 * @param latestNpsOn the day of that answer, or null
 * @param openTickets tickets opened by the day and not resolved by its end
 * @param eventsLast30Days product events in the 30 days ending on the day
 * @param ticketsLast90Days tickets opened in the 90 days ending on the day
 * @param onboardingDone required onboarding milestones completed by the day
 * @param onboardingRequired required onboarding milestones
 */
public record CustomerSummary(
        String id,
        String name,
        String plan,
        BigDecimal mrr,
        CustomerStatus status,
        LocalDate customerSince,
        LocalDate churnedAt,
        LocalDate lastActivity,
        BigDecimal latestNps,
        LocalDate latestNpsOn,
        long openTickets,
        long eventsLast30Days,
        long ticketsLast90Days,
        long onboardingDone,
        long onboardingRequired) {}
