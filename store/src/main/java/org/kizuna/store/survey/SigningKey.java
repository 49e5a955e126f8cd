package org.kizuna.store.survey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The workspace's secret for signing survey links: 32 random bytes, made on first use and kept in the
 * table {@code survey_signing_key}. Never printed, logged or written anywhere else.
 */
final class SigningKey {

    private static final int KEY_ID = 1;
    private static final int LENGTH = 32;

    private SigningKey() {}

    /**
     * The secret, made now if the workspace has none. Two callers making it at once both end up with the one
     * stored first: the insert does nothing when the key is already there.
     */
    static byte[] secret(Connection connection, Clock clock) throws SQLException {
        byte[] stored = read(connection);
        if (stored != null) {
            return stored;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO survey_signing_key (key_id, secret, created_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")) {
            insert.setInt(1, KEY_ID);
            insert.setBytes(2, SurveyCollection.randomBytes(LENGTH));
            insert.setObject(3, SurveyCollection.timestamp(clock.instant()));
            insert.executeUpdate();
        }
        byte[] made = read(connection);
        if (made == null || made.length != LENGTH) {
            throw new IllegalStateException("the signing key of survey links could not be stored");
        }
        return made;
    }

    private static byte[] read(Connection connection) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT secret FROM survey_signing_key WHERE key_id = ?")) {
            query.setInt(1, KEY_ID);
            try (ResultSet r = query.executeQuery()) {
                return r.next() ? r.getBytes(1) : null;
            }
        }
    }
}
