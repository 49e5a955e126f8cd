package org.kizuna.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kizuna.domain.Period;
import org.kizuna.metrics.voice.CustomerScores;
import org.kizuna.metrics.voice.FeedbackTally;
import org.kizuna.metrics.voice.VoiceInputs;

/** The voice family's inputs, each one aggregate query over the workspace's tables. */
final class VoiceQueries implements VoiceInputs {

    private static final SqlTemplate FEEDBACK = SqlTemplate.load("voice_feedback.sql");
    private static final SqlTemplate CUSTOMER_SCORES = SqlTemplate.load("voice_customer_scores.sql");

    private final QueryRunner runner;

    VoiceQueries(QueryRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<FeedbackTally> feedback(Period period, Optional<String> by) {
        Map<String, String> values = runner.periodValues(period);
        values.put("active", runner.activeDuring(period));
        List<FeedbackTally> tallies = new ArrayList<>();
        runner.query(
                FEEDBACK,
                values,
                by,
                r -> tallies.add(new FeedbackTally(
                        r.getString(1), r.getBoolean(2), r.getBoolean(3), r.getLong(4), r.getLong(5), r.getLong(6))));
        return tallies;
    }

    @Override
    public List<CustomerScores> customerScores(Period period, Optional<String> by, List<String> surveyTypes) {
        List<CustomerScores> scores = new ArrayList<>();
        if (surveyTypes.isEmpty()) {
            return scores;
        }
        Map<String, String> values = runner.periodValues(period);
        values.put("types", surveyTypes.stream().map(SqlTemplate::literal).collect(Collectors.joining(", ")));
        runner.query(
                CUSTOMER_SCORES,
                values,
                by,
                r -> scores.add(new CustomerScores(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getBigDecimal(4),
                        r.getBigDecimal(5),
                        r.getBigDecimal(6),
                        r.getLong(7))));
        return scores;
    }
}
