package org.kizuna.store.survey;

import java.util.Objects;
import java.util.Optional;

/**
 * Invitations to send for one survey.
 *
 * @param surveyId a survey created in Kizuna
 * @param audience whom to ask
 * @param expiresDays how many days each link can be answered
 * @param baseUrl the address links start with, instead of the workspace's {@code survey.base_url}
 * @param sendEmail whether contacts with an email address are sent the link (through SMTP, or written to
 *     the outbox); without it every link goes into the CSV only
 */
public record InvitationRequest(
        String surveyId, Audience audience, int expiresDays, Optional<String> baseUrl, boolean sendEmail) {

    public static final int DEFAULT_EXPIRES_DAYS = 14;
    public static final int MAX_EXPIRES_DAYS = 365;

    public InvitationRequest {
        Objects.requireNonNull(surveyId);
        Objects.requireNonNull(audience);
        if (expiresDays < 1 || expiresDays > MAX_EXPIRES_DAYS) {
            throw new IllegalArgumentException(
                    "links must expire after 1 to " + MAX_EXPIRES_DAYS + " days, not " + expiresDays);
        }
    }

    public static InvitationRequest of(String surveyId, Audience audience) {
        return new InvitationRequest(surveyId, audience, DEFAULT_EXPIRES_DAYS, Optional.empty(), true);
    }
}
