package org.kizuna.store.account;

import java.time.Instant;
import java.util.Objects;

/**
 * An API token of an account, without its secret: only the secret's hash is kept.
 *
 * @param id a short public name of the token, to list and revoke it by
 * @param tokenHash the hash of the secret the account's scripts send
 * @param username whose token it is
 * @param createdAt when it was minted
 * @param revokedAt when it was revoked, or null while it is valid
 */
public record ApiToken(String id, String tokenHash, String username, Instant createdAt, Instant revokedAt) {

    public ApiToken {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tokenHash);
        Objects.requireNonNull(username);
        Objects.requireNonNull(createdAt);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
