package org.kizuna.metrics.voice;

import java.util.List;
import java.util.Optional;
import org.kizuna.domain.Period;

/**
 * The tallies the voice-of-the-customer metrics need beyond survey score counts: feedback, invitations and
 * per-customer survey answers. Each method returns small, mergeable rows per segment value, as {@link
 * org.kizuna.metrics.MetricInputs} describes. {@link #customerScores} is the one exception: its rows are per
 * customer who answered (one per survey type and scale it answered), which is acceptable because respondents
 * are few, and needed because the advocacy index weighs each customer alike.
 */
public interface VoiceInputs {

    /**
     * Customers by whether they were active during the period (as the activity tallies judge it) and whether
     * they answered a survey in it, with the responses they answered and the invitations they were sent in
     * it.
     */
    List<FeedbackTally> feedback(Period period, Optional<String> by);

    /**
     * Per customer who answered surveys of the given types within the period, one row per survey type and
     * scale: the number of its responses and the sum of their scores. Not a per-segment tally: one row per
     * respondent customer, as respondents are few.
     */
    List<CustomerScores> customerScores(Period period, Optional<String> by, List<String> surveyTypes);
}
