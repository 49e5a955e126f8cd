package org.kizuna.store.survey;

import java.time.Instant;
import java.util.Optional;
import org.kizuna.metrics.Language;

/**
 * An invitation sent with its signed link.
 *
 * @param invitationId its id, {@code inv-} and a UUID
 * @param surveyId the survey it asks
 * @param customerId the customer asked
 * @param userId the customer's user asked, or empty when the customer was asked as a whole
 * @param email the address it was sent to, if the contact has one
 * @param name the contact's name, if known
 * @param language the language of its email and page
 * @param sentAt when it was made
 * @param expiresAt from when it can no longer be answered
 * @param token the signed token
 * @param link the address to answer at: the base URL, {@code /s/} and the token
 * @param delivery how it reached, or is to reach, the person
 */
public record Invitation(
        String invitationId,
        String surveyId,
        String customerId,
        Optional<String> userId,
        Optional<String> email,
        Optional<String> name,
        Language language,
        Instant sentAt,
        Instant expiresAt,
        String token,
        String link,
        Delivery delivery) {

    /** How an invitation reaches its person. */
    public enum Delivery {
        /** Sent through the workspace's SMTP server. */
        EMAIL,
        /** Written as an .eml file to the workspace's outbox folder, no SMTP server being set. */
        OUTBOX,
        /** No address, or emails not wanted: the link is in the CSV only. */
        LINK,
        /** Asked inside the customer's own application, by the in-app widget; no email. */
        IN_APP;

        /** The word stored in {@code survey_invitations.channel}. */
        String channel() {
            return switch (this) {
                case EMAIL, OUTBOX -> "email";
                case LINK -> "link";
                case IN_APP -> "in_app";
            };
        }
    }

    Invitation withDelivery(Delivery how) {
        return new Invitation(
                invitationId, surveyId, customerId, userId, email, name, language, sentAt, expiresAt, token, link, how);
    }
}
