package org.kizuna.metrics.retention;

import java.math.BigDecimal;

/**
 * Where the risk signals of customers at a period's start are looked for: the days before the period's first
 * day, its first day excluded.
 *
 * @param signalDays how many days before the first day an NPS detractor answer or a reopened ticket counts
 * @param usageDays how many days before the first day a product event shows the customer uses the product
 * @param detractorBelow an NPS answer below this score is a detractor's
 */
public record RiskRule(int signalDays, int usageDays, BigDecimal detractorBelow) {}
