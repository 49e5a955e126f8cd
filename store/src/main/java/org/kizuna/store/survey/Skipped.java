package org.kizuna.store.survey;

import java.util.Optional;

/**
 * Someone chosen but not invited, and why.
 *
 * @param customerId the customer
 * @param userId the user, if the customer's contact was one
 * @param reason why
 * @param detail the particulars, in English, e.g. the day of the last invitation
 */
public record Skipped(String customerId, Optional<String> userId, Reason reason, String detail) {

    /** Why someone was not invited. */
    public enum Reason {
        /** No customer of that id in the workspace. */
        UNKNOWN_CUSTOMER,
        /** The customer has churned. */
        CHURNED,
        /** Invited fewer than {@code survey.throttle_days} days ago. */
        THROTTLED,
        /** The email could not be sent; the invitation was withdrawn. */
        NOT_SENT
    }
}
