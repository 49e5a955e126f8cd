package org.kizuna.store.survey;

import java.time.Instant;
import java.util.Optional;
import org.kizuna.metrics.Language;

/**
 * A link that can be answered: what a survey page shows.
 *
 * @param invitationId the invitation
 * @param survey the survey, with its question in both languages and its scale
 * @param customerId the customer asked
 * @param userId the user asked, if any
 * @param language the language the invitation was sent in
 * @param expiresAt until when it can be answered
 */
public record OpenLink(
        String invitationId,
        Survey survey,
        String customerId,
        Optional<String> userId,
        Language language,
        Instant expiresAt) {}
