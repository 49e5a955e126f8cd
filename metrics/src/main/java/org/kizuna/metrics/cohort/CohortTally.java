package org.kizuna.metrics.cohort;

import java.math.BigDecimal;

/**
 * One signup cohort at one month's end: how many customers it has, how many of them were active that day,
 * and their MRR that day (each customer's rounded to the currency's minor unit).
 *
 * @param cohort the signup month, {@code 2024-01}
 * @param monthsSinceSignup 0 for the signup month itself
 * @param customers customers who signed up in the cohort month
 * @param active of them, active on the month's last day
 * @param mrr their MRR on that day, or null without subscriptions
 */
public record CohortTally(String cohort, int monthsSinceSignup, long customers, long active, BigDecimal mrr) {}
