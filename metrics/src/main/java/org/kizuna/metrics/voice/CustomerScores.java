package org.kizuna.metrics.voice;

import java.math.BigDecimal;

/**
 * Answers within the period to the surveys of one type and one scale, as one customer gave them and as each of
 * the customers of its profile did: their sum and number, which is all a mean normalised to 0–100 needs, since
 * normalising is linear. A profile is the answers a customer gave to every type and scale it answered; customers
 * whose answers are alike in all of them share one, so that the rows stay few however many customers answered.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param profile names the profile within the segment: its rows, one per type and scale, are one customer's
 *     answers
 * @param surveyType the surveys' type (trust, csat, recommend, nps …)
 * @param scaleMin the surveys' lowest score
 * @param scaleMax the surveys' highest score
 * @param scoreSum the scores given, added up
 * @param responses how many responses gave them
 * @param customers how many customers answered so: the same on every row of the profile
 */
public record CustomerScores(
        String segmentValue,
        String profile,
        String surveyType,
        BigDecimal scaleMin,
        BigDecimal scaleMax,
        BigDecimal scoreSum,
        long responses,
        long customers) {}
