package org.kizuna.store.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;

/**
 * The accounts and API tokens of a workspace, kept in its database. Hashing is the caller's: this class
 * stores and finds hashes. Each call uses a connection of its own, so that no connection is held between
 * calls.
 */
public final class AccountStore {

    private final Workspace workspace;

    public AccountStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Whether the workspace has no account yet. */
    public boolean isEmpty() {
        return query("SELECT count(*) FROM accounts", statement -> {}, r -> r.getLong(1))
                        .get(0)
                == 0;
    }

    /**
     * Adds an account.
     *
     * @throws WorkspaceException when an account of that name exists
     */
    public void add(Account account) {
        if (find(account.username()).isPresent()) {
            throw new WorkspaceException("an account \"" + account.username() + "\" already exists");
        }
        update("INSERT INTO accounts (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)", statement -> {
            statement.setString(1, account.username());
            statement.setString(2, account.passwordHash());
            statement.setString(3, account.role().id());
            statement.setObject(4, utc(account.createdAt()));
        });
    }

    /** Sets an existing account's password hash; false when there is no such account. */
    public boolean setPasswordHash(String username, String passwordHash) {
        return update("UPDATE accounts SET password_hash = ? WHERE username = ?", statement -> {
                    statement.setString(1, passwordHash);
                    statement.setString(2, username);
                })
                > 0;
    }

    public Optional<Account> find(String username) {
        return query(
                        "SELECT username, password_hash, role, created_at FROM accounts WHERE username = ?",
                        statement -> statement.setString(1, username),
                        AccountStore::account)
                .stream()
                .findFirst();
    }

    /** Every account, by username. */
    public List<Account> list() {
        return query(
                "SELECT username, password_hash, role, created_at FROM accounts ORDER BY username",
                statement -> {},
                AccountStore::account);
    }

    /**
     * Adds a token for an existing account.
     *
     * @throws WorkspaceException when the account does not exist
     */
    public void addToken(ApiToken token) {
        if (find(token.username()).isEmpty()) {
            throw new WorkspaceException("there is no account \"" + token.username() + "\"");
        }
        update(
                "INSERT INTO api_tokens (token_id, token_hash, username, created_at, revoked_at) VALUES (?, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, token.id());
                    statement.setString(2, token.tokenHash());
                    statement.setString(3, token.username());
                    statement.setObject(4, utc(token.createdAt()));
                    statement.setObject(5, token.revokedAt() == null ? null : utc(token.revokedAt()));
                });
    }

    /** What became of a change to an account. */
    public enum Change {
        /** The change is made. */
        DONE,
        /** There is no account of that name. */
        NO_SUCH_ACCOUNT,
        /** Refused: the account is the last enabled admin, and a workspace always keeps one. */
        LAST_ADMIN
    }

    /** Whether the account exists and is not disabled. */
    public boolean enabled(String username) {
        return !query(
                        "SELECT 1 FROM accounts WHERE username = ? AND disabled_at IS NULL",
                        statement -> statement.setString(1, username),
                        r -> r.getInt(1))
                .isEmpty();
    }

    /** The usernames of the disabled accounts. */
    public java.util.Set<String> disabled() {
        return new java.util.TreeSet<>(query(
                "SELECT username FROM accounts WHERE disabled_at IS NOT NULL", statement -> {}, r -> r.getString(1)));
    }

    /** Gives the account another role; an enabled admin stays one when no other enabled admin would be left. */
    public synchronized Change setRole(String username, Role role) {
        return guarded(
                username,
                role != Role.ADMIN,
                () -> update("UPDATE accounts SET role = ? WHERE username = ?", s -> {
                    s.setString(1, role.id());
                    s.setString(2, username);
                }));
    }

    /** Disables the account: it can no longer sign in and its tokens no longer answer. Never the last admin. */
    public synchronized Change disable(String username, Instant at) {
        return guarded(
                username,
                true,
                () -> update("UPDATE accounts SET disabled_at = ? WHERE username = ? AND disabled_at IS NULL", s -> {
                    s.setObject(1, utc(at));
                    s.setString(2, username);
                }));
    }

    /** Lets a disabled account sign in again. */
    public synchronized Change enable(String username) {
        if (find(username).isEmpty()) {
            return Change.NO_SUCH_ACCOUNT;
        }
        update("UPDATE accounts SET disabled_at = NULL WHERE username = ?", s -> s.setString(1, username));
        return Change.DONE;
    }

    /** Deletes the account and its tokens, in one transaction. Never the last admin. */
    public synchronized Change delete(String username) {
        return guarded(username, true, () -> {
            try (Connection connection = workspace.connect()) {
                connection.setAutoCommit(false);
                try (PreparedStatement tokens =
                                connection.prepareStatement("DELETE FROM api_tokens WHERE username = ?");
                        PreparedStatement account =
                                connection.prepareStatement("DELETE FROM accounts WHERE username = ?")) {
                    tokens.setString(1, username);
                    tokens.executeUpdate();
                    account.setString(1, username);
                    account.executeUpdate();
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw failure(e);
            }
            return 1;
        });
    }

    /**
     * Makes a change to an account unless it would leave no enabled admin: {@code losesAdmin} says whether the
     * change takes the account's admin rights away, should it have them.
     */
    private Change guarded(String username, boolean losesAdmin, java.util.function.IntSupplier change) {
        Optional<Account> account = find(username);
        if (account.isEmpty()) {
            return Change.NO_SUCH_ACCOUNT;
        }
        if (losesAdmin && account.get().role() == Role.ADMIN && enabled(username)) {
            long otherAdmins = query(
                            "SELECT count(*) FROM accounts WHERE role = 'admin' AND disabled_at IS NULL AND username <> ?",
                            statement -> statement.setString(1, username),
                            r -> r.getLong(1))
                    .get(0);
            if (otherAdmins == 0) {
                return Change.LAST_ADMIN;
            }
        }
        change.getAsInt();
        return Change.DONE;
    }

    /** The account whose valid (not revoked) token has the hash, unless the account is disabled. */
    public Optional<Account> findByTokenHash(String tokenHash) {
        return query(
                        "SELECT a.username, a.password_hash, a.role, a.created_at FROM api_tokens t"
                                + " JOIN accounts a ON a.username = t.username"
                                + " WHERE t.token_hash = ? AND t.revoked_at IS NULL AND a.disabled_at IS NULL",
                        statement -> statement.setString(1, tokenHash),
                        AccountStore::account)
                .stream()
                .findFirst();
    }

    /** Every token, of every account, oldest first. */
    public List<ApiToken> tokens() {
        return query(
                "SELECT token_id, token_hash, username, created_at, revoked_at FROM api_tokens"
                        + " ORDER BY created_at, token_id",
                statement -> {},
                r -> new ApiToken(r.getString(1), r.getString(2), r.getString(3), instant(r, 4), instant(r, 5)));
    }

    /** Revokes a token from the given instant; false when there is no such valid token. */
    public boolean revokeToken(String tokenId, Instant at) {
        return update("UPDATE api_tokens SET revoked_at = ? WHERE token_id = ? AND revoked_at IS NULL", statement -> {
                    statement.setObject(1, utc(at));
                    statement.setString(2, tokenId);
                })
                > 0;
    }

    private static Account account(ResultSet r) throws SQLException {
        return new Account(r.getString(1), r.getString(2), Role.of(r.getString(3)), instant(r, 4));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, Reader<T> reader) {
        try (Connection connection = workspace.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<T> rows = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(reader.read(r));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private int update(String sql, Binder binder) {
        try (Connection connection = workspace.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private WorkspaceException failure(SQLException e) {
        return new WorkspaceException(
                "cannot read or write the accounts of " + workspace.databaseFile() + ": "
                        + WorkspaceException.databaseCause(e.getMessage()),
                e);
    }
}
