package org.kizuna.metrics;

import java.math.BigDecimal;

/**
 * How many responses of one survey, within the period and one segment value, gave one score.
 *
 * @param segmentValue the segment's attribute value, as in {@link ActivityTally}
 * @param surveyId the survey
 * @param touchpoint the survey's touchpoint (null when it has none)
 * @param scaleMin the survey's lowest score
 * @param scaleMax the survey's highest score
 * @param satisfiedThreshold the survey's own CSAT threshold, or null to use the workspace's
 * @param score the score given
 * @param responses how many responses gave it
 */
public record ScoreCount(
        String segmentValue,
        String surveyId,
        String touchpoint,
        BigDecimal scaleMin,
        BigDecimal scaleMax,
        BigDecimal satisfiedThreshold,
        BigDecimal score,
        long responses) {}
