package org.kizuna.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Kept rows read back as the database's own result set reads them: every getter the store's readers use, on
 * every type their queries return, gives the same value (or fails alike) from rows written to a file and read
 * again as from the database.
 */
class KeptRowsTest {

    private static final String VALUES = "SELECT 42::BIGINT AS big, 7::INTEGER AS int, 3::SMALLINT AS small,"
            + " (12345678901234567890::HUGEINT) AS huge, 1.2500::DECIMAL(18, 4) AS money,"
            + " 1.25::DECIMAL(38, 10) AS wide, 0.1::DOUBLE AS dbl, -3.7::DOUBLE AS negative, 1e20::DOUBLE AS vast,"
            + " 2.5::FLOAT AS flt, 'コメント, \"引用\"' AS text, '17' AS digits, true AS yes,"
            + " DATE '2024-06-30' AS day, TIMESTAMPTZ '2024-06-01 00:00:00+09' AS instant,"
            + " NULL::BIGINT AS no_big, NULL::VARCHAR AS no_text, NULL::BOOLEAN AS no_flag,"
            + " NULL::DECIMAL(18, 4) AS no_money, sum(x) AS total FROM (VALUES (1::BIGINT), (2)) AS t(x)";

    private static final List<String> GETTERS =
            List.of("getString", "getLong", "getInt", "getBigDecimal", "getBoolean", "getDouble", "getObject");

    @Test
    void everyGetterGivesWhatTheDatabaseGives() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            KeptRows kept;
            try (ResultSet live = statement.executeQuery(VALUES)) {
                kept = KeptRows.read(live).orElseThrow();
            }
            KeptRows reread = writtenAndRead(kept);
            int compared = 0;
            try (ResultSet live = statement.executeQuery(VALUES);
                    ResultSet replayed = reread.resultSet()) {
                assertThat(live.next()).isTrue();
                assertThat(replayed.next()).isTrue();
                int columns = live.getMetaData().getColumnCount();
                assertThat(replayed.getMetaData().getColumnCount()).isEqualTo(columns);
                for (int column = 1; column <= columns; column++) {
                    String label = live.getMetaData().getColumnLabel(column);
                    assertThat(replayed.getMetaData().getColumnLabel(column)).isEqualTo(label);
                    for (String getter : GETTERS) {
                        Object expected = call(live, getter, column, null);
                        Object actual = call(replayed, getter, column, null);
                        assertThat(actual).as("%s(%s)", getter, label).isEqualTo(expected);
                        assertThat(call(replayed, getter, label, null))
                                .as("%s(\"%s\")", getter, label)
                                .isEqualTo(expected);
                        if (!(expected instanceof Failed)) {
                            assertThat(replayed.wasNull())
                                    .as("wasNull after %s(%s)", getter, label)
                                    .isEqualTo(live.wasNull());
                        }
                        compared++;
                    }
                    assertThat(call(replayed, "getObject", column, Long.class))
                            .as("getObject(%s, Long)", label)
                            .isEqualTo(call(live, "getObject", column, Long.class));
                }
                assertThat(live.next()).isFalse();
                assertThat(replayed.next()).isFalse();
            }
            // 20 columns × 7 getters
            assertThat(compared).isEqualTo(140);
        }
    }

    @Test
    void aValueThatCannotBeKeptLeavesTheQueryUnkept() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet live = statement.executeQuery("SELECT [1, 2] AS list")) {
            assertThat(KeptRows.read(live)).isEmpty();
        }
    }

    @Test
    void noRowsAreKeptAsNoRows() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet live = statement.executeQuery("SELECT 1 AS one WHERE false")) {
            KeptRows kept = writtenAndRead(KeptRows.read(live).orElseThrow());
            assertThat(kept.columns()).containsExactly("one");
            try (ResultSet replayed = kept.resultSet()) {
                assertThat(replayed.next()).isFalse();
            }
        }
    }

    private static KeptRows writtenAndRead(KeptRows kept) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            kept.write(out);
        }
        return KeptRows.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    /** A getter's failure, compared by kind only: the two sides word their messages differently. */
    private record Failed(String kind) {}

    private static Object call(ResultSet result, String getter, Object column, Class<?> type) {
        try {
            List<Class<?>> parameters = new ArrayList<>();
            List<Object> arguments = new ArrayList<>();
            parameters.add(column instanceof Integer ? int.class : String.class);
            arguments.add(column);
            if (type != null) {
                parameters.add(Class.class);
                arguments.add(type);
            }
            Object value = ResultSet.class
                    .getMethod(getter, parameters.toArray(Class<?>[]::new))
                    .invoke(result, arguments.toArray());
            return value instanceof Double d && d.isNaN() ? "NaN" : value;
        } catch (java.lang.reflect.InvocationTargetException e) {
            return new Failed(
                    e.getCause() instanceof SQLException || e.getCause() instanceof NumberFormatException
                            ? "refused"
                            : Objects.toString(e.getCause()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
