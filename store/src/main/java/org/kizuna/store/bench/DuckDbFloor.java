package org.kizuna.store.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kizuna.domain.Period;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;

/**
 * DuckDB's own floor for the work Kizuna does, measured on the same machine in the same run: reading the
 * same CSV files into a database file with nothing checked (in one transaction, without keeping row order, as
 * fast as DuckDB goes), and hand-written aggregate queries over the tables the metrics read. A benchmark reports
 * Kizuna's times as ratios to these.
 */
public final class DuckDbFloor {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");
    private static final Pattern QUERY_SEPARATOR = Pattern.compile("(?m)^-- query: ");
    private static final Pattern COLUMN = Pattern.compile("[a-z_]+");

    private DuckDbFloor() {}

    /**
     * The catalogue floor's queries by name: hand-written SQL for the aggregates the metrics of sections A–F
     * read, each table read once for every period at once ({@code floor.sql} beside this class).
     */
    public static Map<String, String> catalogueQueries() {
        String text;
        try (InputStream in = DuckDbFloor.class.getResourceAsStream("floor.sql")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> queries = new LinkedHashMap<>();
        String[] parts = QUERY_SEPARATOR.split(text);
        for (int i = 1; i < parts.length; i++) {
            int lineEnd = parts[i].indexOf('\n');
            String title = parts[i].substring(0, lineEnd);
            queries.put(title.substring(0, title.indexOf(" (")), parts[i].substring(lineEnd + 1));
        }
        return queries;
    }

    /**
     * Runs the catalogue floor for the periods (all of them in one pass per table), for the whole base or per
     * value of a customer column, reading every row; returns the seconds each query took, by name.
     */
    public static Map<String, Double> catalogue(Workspace workspace, List<Period> periods, Optional<String> by) {
        by.ifPresent(column -> {
            if (!COLUMN.matcher(column).matches()) {
                throw new IllegalArgumentException("not a column name: " + column);
            }
        });
        ZoneId zone = workspace.settings().timeZone();
        String values = periods.stream()
                .map(period -> String.format(
                        "('%s', TIMESTAMPTZ '%s', TIMESTAMPTZ '%s', DATE '%s', DATE '%s')",
                        period.label(),
                        instant(period.first(), zone),
                        instant(period.last().plusDays(1), zone),
                        period.first(),
                        period.last()))
                .collect(Collectors.joining(", "));
        LocalDate first =
                periods.stream().map(Period::first).min(LocalDate::compareTo).orElseThrow();
        LocalDate last =
                periods.stream().map(Period::last).max(LocalDate::compareTo).orElseThrow();
        Map<String, Double> seconds = new LinkedHashMap<>();
        try (Connection connection = workspace.connect();
                Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> query : catalogueQueries().entrySet()) {
                String sql = query.getValue()
                        .replace("{periods}", values)
                        .replace("{from}", instant(first, zone))
                        .replace("{until}", instant(last.plusDays(1), zone))
                        .replace("{segment}", by.map(column -> "c." + column).orElse("NULL"));
                long started = System.nanoTime();
                try (ResultSet r = statement.executeQuery(sql)) {
                    int columns = r.getMetaData().getColumnCount();
                    List<Object> row = new ArrayList<>(columns);
                    while (r.next()) {
                        row.clear();
                        for (int i = 1; i <= columns; i++) {
                            row.add(r.getObject(i));
                        }
                    }
                }
                seconds.put(query.getKey(), (System.nanoTime() - started) / 1e9);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("the catalogue floor failed: " + e.getMessage(), e);
        }
        return seconds;
    }

    private static String instant(LocalDate day, ZoneId zone) {
        return INSTANT.format(day.atStartOfDay(zone));
    }

    /** The number of rows of a table of the workspace (a name of the data contract). */
    public static long rows(Workspace workspace, String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        try (Connection connection = workspace.connect();
                Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new WorkspaceException("could not count the " + table + ": " + e.getMessage(), e);
        }
    }

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
}
