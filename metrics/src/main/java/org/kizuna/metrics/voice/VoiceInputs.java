package org.kizuna.metrics.voice;

import java.util.List;
import java.util.Optional;
import org.kizuna.domain.Period;

/**
 * The tallies the voice-of-the-customer metrics need beyond survey score counts: feedback, invitations and
 * per-customer survey answers. Each method returns small, mergeable rows per segment value, as {@link
 * org.kizuna.metrics.MetricInputs} describes. {@link #customerScores} is the one exception: its rows are per
 * answer profile (one customer's answers, with how many customers gave the same), because the advocacy index
 * weighs each customer alike.
 */
public interface VoiceInputs {

    /**
     * Customers by whether they were active during the period (as the activity tallies judge it) and whether
     * they answered a survey in it, with the responses they answered and the invitations they were sent in
     * it.
     */
    List<FeedbackTally> feedback(Period period, Optional<String> by);

    /**
     * The answers to surveys of the given types within the period, per answer profile: each customer who answered
     * gives its answers, one row per survey type and scale with the number of its responses and the sum of their
     * scores, and customers whose answers are alike in all of them are given once with how many they are.
     */
    List<CustomerScores> customerScores(Period period, Optional<String> by, List<String> surveyTypes);
}
