package org.kizuna.store.survey;

import java.util.Objects;
import java.util.Optional;
import org.kizuna.metrics.Language;

/**
 * One user to ask a survey inside the customer's own application (the in-app widget), checked when made,
 * each mistake naming its field.
 *
 * @param surveyId a survey created in Kizuna
 * @param customerId the customer the user belongs to
 * @param userId the user asked
 * @param email the user's address, if known (kept with the link; nothing is sent)
 * @param language the language to ask in; empty for the contact's, else the customer's, else the workspace's
 * @param expiresDays how many days the link can be answered
 */
public record InAppInvitation(
        String surveyId,
        String customerId,
        String userId,
        Optional<String> email,
        Optional<Language> language,
        int expiresDays) {

    public InAppInvitation {
        Objects.requireNonNull(surveyId);
        customerId = required("customer_id", customerId);
        userId = required("user_id", userId);
        email = email.map(String::strip).filter(s -> !s.isEmpty());
        if (email.isPresent() && !ContactsFile.EMAIL.matcher(email.get()).matches()) {
            throw new IllegalArgumentException("email: \"" + email.get() + "\" is not an email address");
        }
        if (expiresDays < 1 || expiresDays > InvitationRequest.MAX_EXPIRES_DAYS) {
            throw new IllegalArgumentException("expires_days: links must expire after 1 to "
                    + InvitationRequest.MAX_EXPIRES_DAYS + " days, not " + expiresDays);
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": is required");
        }
        return value.strip();
    }
}
