package org.kizuna.metrics.voice;

import java.math.BigDecimal;

/**
 * One customer's answers within the period to the surveys of one type and one scale: their sum and number,
 * which is all a mean normalised to 0–100 needs, since normalising is linear.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param customerId the customer who answered
 * @param surveyType the surveys' type (trust, csat, recommend, nps …)
 * @param scaleMin the surveys' lowest score
 * @param scaleMax the surveys' highest score
 * @param scoreSum the scores given, added up
 * @param responses how many responses gave them
 */
public record CustomerScores(
        String segmentValue,
        String customerId,
        String surveyType,
        BigDecimal scaleMin,
        BigDecimal scaleMax,
        BigDecimal scoreSum,
        long responses) {}
