package org.kizuna.store.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.store.Workspace;
import org.kizuna.testkit.CsvDataSet;

/**
 * Workspaces for importer tests: a Japanese workspace (JPY, Asia/Tokyo), a baseline data set stored in it,
 * and ways to read back what the store holds.
 */
public final class StoreFixture {

    static final WorkspaceSettings JAPAN = WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo"));

    private StoreFixture() {}

    static Workspace newWorkspace(Path folder) {
        return Workspace.init(folder, JAPAN);
    }

    /**
     * The data every validation test starts from, so that "the store is unchanged" compares real rows: a EUR
     * rate from 2024-03-01, two customers with a custom attribute, a subscription and an order in yen, an
     * event, an NPS survey on 0–10 and a CSAT survey on 1–5, an invitation sent 2024-03-01 10:00 JST with its
     * response, and a ticket.
     */
    static CsvDataSet baseline() {
        return CsvDataSet.aDataSet()
                .table("fx_rates", "date", "currency", "rate")
                .row("2024-03-01", "EUR", "160")
                .table("customers", "customer_id", "name", "signup_date", "seats", "tier")
                .row("c1", "Aoki", "2024-01-05", "10", "gold")
                .row("c2", "Baba", "2024-02-01", "3", "silver")
                .table("subscriptions", "subscription_id", "customer_id", "start_date", "end_date", "mrr")
                .row("sub1", "c1", "2024-01-05", null, "10000")
                .table("orders", "order_id", "customer_id", "ordered_at", "amount", "currency", "recurring", "kind")
                .row("o1", "c1", "2024-02-01T10:00:00+09:00", "12000", "JPY", "true", "new")
                .table("events", "customer_id", "user_id", "occurred_at", "event", "duration_seconds")
                .row("c1", "u1", "2024-02-01T09:00:00+09:00", "session_start", "300")
                .table("surveys", "survey_id", "type", "scale_min", "scale_max")
                .row("s1", "nps", "0", "10")
                .row("s2", "csat", "1", "5")
                .table("survey_invitations", "invitation_id", "survey_id", "customer_id", "sent_at")
                .row("i1", "s1", "c1", "2024-03-01T10:00:00+09:00")
                .table(
                        "survey_responses",
                        "response_id",
                        "survey_id",
                        "customer_id",
                        "invitation_id",
                        "answered_at",
                        "score")
                .row("r1", "s1", "c1", "i1", "2024-03-01T12:00:00+09:00", "9")
                .table("tickets", "ticket_id", "customer_id", "opened_at", "first_response_at", "resolved_at")
                .row("t1", "c1", "2024-03-02T09:00:00+09:00", "2024-03-02T10:00:00+09:00", "2024-03-03T09:00:00+09:00");
    }

    /** A workspace in {@code folder/workspace} holding the baseline data set. */
    static Workspace workspaceWithBaseline(Path folder) {
        Workspace workspace = newWorkspace(folder.resolve("workspace"));
        importFrom(workspace, baseline().writeTo(folder.resolve("baseline")));
        return workspace;
    }

    /** A copy of a workspace in a new folder, opened: cheaper than creating and filling one again. */
    static Workspace copyOf(Workspace template, Path folder) {
        try {
            Files.createDirectories(folder);
            for (String name : fileNames(template.folder())) {
                Files.copy(template.folder().resolve(name), folder.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Workspace.open(folder);
    }

    static ImportReport importFrom(Workspace workspace, Path input) {
        return new Importer(workspace).importFrom(input, ImportOptions.defaults());
    }

    static ImportFailedException importFails(Workspace workspace, Path input) {
        return importFails(workspace, input, ImportOptions.defaults());
    }

    static ImportFailedException importFails(Workspace workspace, Path input, ImportOptions options) {
        ImportFailedException failure = catchThrowableOfType(
                ImportFailedException.class, () -> new Importer(workspace).importFrom(input, options));
        assertThat(failure).as("the import of %s must fail", input).isNotNull();
        return failure;
    }

    /** For every table of the store: its row count and a hash over all its rows. */
    static Map<String, String> fingerprint(Workspace workspace) {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = workspace.connect();
                Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet r = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
                            + " AND table_catalog = current_database()")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String name : names) {
                try (ResultSet r =
                        statement.executeQuery("SELECT count(*) || ' rows, hash ' || coalesce(sum(hash(t)), 0)"
                                + " FROM main.\"" + name + "\" t")) {
                    r.next();
                    tables.put(name, r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    /** The rows a query returns, each as its values joined by {@code |} (null written as NULL). */
    public static List<String> rows(Workspace workspace, String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = workspace.connect();
                Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    String value = r.getString(i);
                    row.append(i == 1 ? "" : "|").append(value == null ? "NULL" : value);
                }
                rows.add(row.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return rows;
    }

    static long count(Workspace workspace, String table) {
        return Long.parseLong(
                rows(workspace, "SELECT count(*) FROM main." + table).get(0));
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fileNames(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
