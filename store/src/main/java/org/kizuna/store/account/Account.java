package org.kizuna.store.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who may sign in to a workspace.
 *
 * @param username the name they sign in with
 * @param passwordHash their password's hash, as the password encoder wrote it
 * @param role what they may do
 * @param createdAt when the account was created
 */
public record Account(String username, String passwordHash, Role role, Instant createdAt) {

    public Account {
        Objects.requireNonNull(username);
        Objects.requireNonNull(passwordHash);
        Objects.requireNonNull(role);
        Objects.requireNonNull(createdAt);
        if (!username.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) {
            throw new IllegalArgumentException("username \"" + username
                    + "\" must be 1 to 64 letters, digits or . _ @ -, starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return "Account[" + username + ", " + role.id() + "]";
    }
}
