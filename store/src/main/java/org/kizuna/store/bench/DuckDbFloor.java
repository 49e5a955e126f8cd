package org.kizuna.store.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;

/**
 * DuckDB's own floor for the work Kizuna does, measured on the same machine in the same run: reading the
 * same CSV files into a database file with nothing checked (in one transaction, without keeping row order, as
 * fast as DuckDB goes), and plain GROUP BYs over the tables the metrics read. A benchmark reports Kizuna's times as ratios to these.
 */
public final class DuckDbFloor {

    private DuckDbFloor() {}

    /** Seconds to read every CSV file of the folder into tables of a new database file with read_csv. */
    public static double readCsv(Path folder, Path databaseFile) {
        try (Stream<Path> listing = Files.list(folder);
                Connection connection = DriverManager.getConnection("jdbc:duckdb:" + databaseFile);
                Statement statement = connection.createStatement()) {
            List<Path> files =
                    listing.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
            statement.execute("SET preserve_insertion_order = false");
            long started = System.nanoTime();
            connection.setAutoCommit(false);
            for (Path file : files) {
                String table = file.getFileName().toString().replace(".csv", "");
                statement.execute("CREATE TABLE " + table + " AS SELECT * FROM read_csv('"
                        + file.toString().replace("'", "''") + "', header = true)");
            }
            connection.commit();
            return (System.nanoTime() - started) / 1e9;
        } catch (SQLException | IOException e) {
            throw new WorkspaceException("the read_csv floor failed: " + e.getMessage(), e);
        }
    }

    /**
     * Seconds for plain GROUP BYs over what the first metrics read: subscriptions per customer, survey
     * responses per survey and score, customers per plan.
     */
    public static double groupBy(Workspace workspace) {
        try (Connection connection = workspace.connect();
                Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            for (String sql : List.of(
                    "SELECT customer_id, sum(mrr), count(*) FROM subscriptions GROUP BY customer_id",
                    "SELECT survey_id, score, count(*) FROM survey_responses GROUP BY survey_id, score",
                    "SELECT plan, count(*) FROM customers GROUP BY plan")) {
                try (ResultSet r = statement.executeQuery(sql)) {
                    while (r.next()) {
                        // read every row, as the metrics do
                    }
                }
            }
            return (System.nanoTime() - started) / 1e9;
        } catch (SQLException e) {
            throw new WorkspaceException("the GROUP BY floor failed: " + e.getMessage(), e);
        }
    }
}
