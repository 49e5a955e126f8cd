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

    /** The instant column the span placeholder of the answer queries reads. */
    static final Map<String, String> RESPONSE_SPANS = Map.of("responses_span", "r.answered_at");

    private static final Map<String, String> FEEDBACK_SPANS =
            Map.of("responses_span", "r.answered_at", "invitations_span", "i.sent_at");

    private final QueryRunner runner;

    VoiceQueries(QueryRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<FeedbackTally> feedback(Period period, Optional<String> by) {
        List<FeedbackTally> tallies = new ArrayList<>();
        runner.query(
                FEEDBACK,
                spans -> {
                    Map<String, String> values = runner.everyCustomerValues(spans);
                    values.putAll(runner.spanValues(spans, FEEDBACK_SPANS));
                    return values;
                },
                period,
                by,
                Map.of(),
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
        String types = surveyTypes.stream().map(SqlTemplate::literal).collect(Collectors.joining(", "));
        runner.query(
                CUSTOMER_SCORES,
                spans -> {
                    Map<String, String> values = runner.spanValues(spans, RESPONSE_SPANS);
                    values.put("types", types);
                    return values;
                },
                period,
                by,
                Map.of(),
                r -> scores.add(new CustomerScores(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getBigDecimal(4),
                        r.getBigDecimal(5),
                        r.getBigDecimal(6),
                        r.getLong(7),
                        r.getLong(8))));
        return scores;
    }
}
