package org.kizuna.store.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A stored response to a survey, imported or collected, as a survey's page lists it.
 *
 * @param responseId its id
 * @param customerId the customer who answered
 * @param userId the user, if known
 * @param answeredAt when it was answered
 * @param score the score given
 * @param comment the comment, verbatim, if any
 * @param language the language it was answered in, as stored, if any
 */
public record SurveyResponse(
        String responseId,
        String customerId,
        Optional<String> userId,
        Instant answeredAt,
        BigDecimal score,
        Optional<String> comment,
        Optional<String> language) {}
