package org.kizuna.store.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.kizuna.metrics.Language;

/**
 * A stored answer: a row of {@code survey_responses}, committed when it is returned.
 *
 * @param responseId its id, {@code resp-} and a UUID
 * @param surveyId the survey answered
 * @param invitationId the invitation it answers
 * @param customerId the customer who answered
 * @param userId the user, if the invitation named one
 * @param score the score given
 * @param comment the comment, if any
 * @param language the language answered in
 * @param answeredAt when it was stored
 */
public record Answer(
        String responseId,
        String surveyId,
        String invitationId,
        String customerId,
        Optional<String> userId,
        BigDecimal score,
        Optional<String> comment,
        Language language,
        Instant answeredAt) {}
