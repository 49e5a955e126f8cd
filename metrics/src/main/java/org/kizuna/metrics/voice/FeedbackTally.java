package org.kizuna.metrics.voice;

/**
 * How many customers of one segment value share whether they were active during the period and whether they
 * answered a survey in it, with what they answered and were sent. Tallies of one segment add up.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param activeDuring active on at least one day of the period
 * @param responded answered at least one survey within the period
 * @param customers how many customers share these flags
 * @param responses the survey responses these customers answered within the period
 * @param invitations the survey invitations sent to these customers within the period
 */
public record FeedbackTally(
        String segmentValue,
        boolean activeDuring,
        boolean responded,
        long customers,
        long responses,
        long invitations) {}
