package org.kizuna.metrics.voice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kizuna.domain.Period;

/**
 * The voice family's port over tally rows held in memory; without rows every input is empty. Like the store,
 * it gives every row a null segment value when no breakdown is asked for, and answers only the survey types
 * asked for.
 */
public final class InMemoryVoiceInputs implements VoiceInputs {

    private final List<FeedbackTally> feedback = new ArrayList<>();
    private final List<CustomerScores> customerScores = new ArrayList<>();

    public InMemoryVoiceInputs withFeedback(FeedbackTally... rows) {
        feedback.addAll(Arrays.asList(rows));
        return this;
    }

    public InMemoryVoiceInputs withCustomerScores(CustomerScores... rows) {
        customerScores.addAll(Arrays.asList(rows));
        return this;
    }

    @Override
    public List<FeedbackTally> feedback(Period period, Optional<String> by) {
        return by.isPresent()
                ? List.copyOf(feedback)
                : feedback.stream()
                        .map(row -> new FeedbackTally(
                                null,
                                row.activeDuring(),
                                row.responded(),
                                row.customers(),
                                row.responses(),
                                row.invitations()))
                        .toList();
    }

    @Override
    public List<CustomerScores> customerScores(Period period, Optional<String> by, List<String> surveyTypes) {
        return customerScores.stream()
                .filter(row -> surveyTypes.contains(row.surveyType()))
                .map(row -> by.isPresent()
                        ? row
                        : new CustomerScores(
                                null,
                                row.profile(),
                                row.surveyType(),
                                row.scaleMin(),
                                row.scaleMax(),
                                row.scoreSum(),
                                row.responses(),
                                row.customers()))
                .toList();
    }
}
