package org.kizuna.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.domain.contract.Column;
import org.kizuna.domain.contract.ColumnType;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;

@Execution(ExecutionMode.CONCURRENT)
class WorkspaceTest {

    private static final WorkspaceSettings JAPAN = WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo"));

    @TempDir
    Path dir;

    private static List<String> query(Workspace workspace, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = workspace.connect();
                Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(r.getString(i));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    @Test
    void initWritesSettingsThatReadBackEqual() {
        Path folder = dir.resolve("shop");

        Workspace workspace = Workspace.init(folder, JAPAN);

        assertThat(workspace.settings()).isEqualTo(JAPAN);
        assertThat(SettingsFile.read(folder.resolve("settings.properties"))).isEqualTo(JAPAN);
        assertThat(Workspace.open(folder).settings()).isEqualTo(JAPAN);
        assertThat(workspace.databaseFile()).isEqualTo(folder.resolve("kizuna.duckdb"));
        assertThat(workspace.databaseFile()).isRegularFile();
    }

    @Test
    void initWritesSettingsOtherThanTheDefaultsThatReadBackEqual() {
        WorkspaceSettings settings = new WorkspaceSettings(
                "USD",
                ZoneId.of("America/New_York"),
                "en",
                60,
                14,
                new BigDecimal("1.5"),
                new BigDecimal("48"),
                Map.of("1-5", new BigDecimal("4"), "0-100", new BigDecimal("70.5")));

        Workspace.init(dir, settings);

        assertThat(Workspace.open(dir).settings()).isEqualTo(settings);
    }

    @Test
    void refusesToInitAFolderThatHoldsAWorkspace() {
        Workspace.init(dir, JAPAN);

        assertThatThrownBy(() -> Workspace.init(dir, JAPAN))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage(dir + " already holds a workspace");
    }

    @Test
    void saysSoWhenOpeningAFolderWithoutAWorkspace() throws Exception {
        Files.writeString(dir.resolve("customers.csv"), "customer_id,signup_date\n");

        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage(dir + " is not a Kizuna workspace (no settings.properties); create one with: kizuna init "
                        + dir);
        assertThat(Workspace.exists(dir)).isFalse();
        assertThat(dir.resolve("kizuna.duckdb")).doesNotExist();
    }

    @Test
    void openingAgainAppliesNoMigrationTwiceAndKeepsTheData() throws SQLException {
        Workspace created = Workspace.init(dir, JAPAN);
        try (Connection connection = created.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO customers (customer_id, signup_date) VALUES ('c1', DATE '2024-01-05')");
        }

        Workspace.open(dir);
        Workspace reopened = Workspace.open(dir);

        assertThat(query(reopened, "SELECT version, success FROM flyway_schema_history ORDER BY installed_rank"))
                .containsExactly("1|true", "2|true", "3|true", "6|true");
        assertThat(query(reopened, "SELECT customer_id, signup_date FROM customers"))
                .containsExactly("c1|2024-01-05");
        assertThat(Workspace.exists(dir)).isTrue();
    }

    @Test
    void reportsABadSettingWhenOpening() throws Exception {
        Workspace.init(dir, JAPAN);
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, Files.readString(file).replace("language = ja", "language = fr"));

        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("settings.properties: language: \"fr\" is not ja or en");
    }

    @Test
    void connectsInTheWorkspaceTimeZone() throws SQLException {
        Workspace workspace = Workspace.init(dir, JAPAN.withTimeZone(ZoneId.of("America/New_York")));

        assertThat(query(workspace, "SELECT current_setting('TimeZone')")).containsExactly("America/New_York");
        // midnight of a day without an offset is midnight in New York, 05:00 UTC in winter
        assertThat(query(
                        workspace,
                        "SELECT strftime(CAST('2024-01-05 00:00:00' AS TIMESTAMPTZ) AT TIME ZONE 'UTC',"
                                + " '%Y-%m-%d %H:%M')"))
                .containsExactly("2024-01-05 05:00");
    }

    @Test
    void createsATableWithEveryColumnOfTheDataContract() throws SQLException {
        Workspace workspace = Workspace.init(dir, JAPAN);

        List<String> stored = query(
                workspace,
                "SELECT table_name || '.' || column_name FROM information_schema.columns"
                        + " WHERE table_schema = 'main' AND table_catalog = current_database()");
        List<String> expected = new ArrayList<>();
        for (Table table : DataContract.TABLES) {
            for (Column column : table.columns()) {
                expected.add(table.name() + "." + column.name());
                if (column.type() == ColumnType.MONEY) {
                    expected.add(table.name() + "." + column.name() + "_original");
                }
            }
        }
        assertThat(stored).containsAll(expected);
    }
}
