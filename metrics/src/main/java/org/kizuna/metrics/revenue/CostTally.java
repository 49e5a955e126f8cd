package org.kizuna.metrics.revenue;

import java.math.BigDecimal;

/**
 * The costs of one category and tag that fall in the period: each row's amount spread over its days
 * ({@code period_start} to {@code period_end} inclusive), the days within the period kept.
 *
 * @param category marketing, sales, retention, success or support
 * @param tagAttribute the customer attribute the costs belong to ({@code segment_attribute}), or null when
 *     untagged or when the attribute is no customer attribute of the workspace
 * @param tagValue the attribute's value, null exactly when {@code tagAttribute} is
 * @param costs how many cost rows overlap the period
 * @param amount their part falling in the period, in the reporting currency
 */
public record CostTally(String category, String tagAttribute, String tagValue, long costs, BigDecimal amount) {}
