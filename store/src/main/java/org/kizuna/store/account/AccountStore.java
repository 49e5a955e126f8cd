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

    /** The account whose valid (not revoked) token has the hash. */
    public Optional<Account> findByTokenHash(String tokenHash) {
        return query(
                        "SELECT a.username, a.password_hash, a.role, a.created_at FROM api_tokens t"
                                + " JOIN accounts a ON a.username = t.username"
                                + " WHERE t.token_hash = ? AND t.revoked_at IS NULL",
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
