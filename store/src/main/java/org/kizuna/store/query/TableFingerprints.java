package org.kizuna.store.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.kizuna.store.Workspace;

/**
 * What each table of a workspace holds, told by a fingerprint: its row count and the sum of its rows' hashes,
 * so that any change to any value of any row changes it, whatever order the rows are stored in. A table is
 * hashed once while the database stays as it is (its {@link Workspace#dataStamp() data stamp}); the
 * fingerprints are also written to the tallies folder, so that a later run on the same database does not hash
 * again.
 */
final class TableFingerprints {

    static final String FILE = "fingerprints.txt";

    private static final Map<Path, TableFingerprints> LATEST = new ConcurrentHashMap<>();

    private final Path file;
    private final String stamp;
    private final Set<String> tables;
    private final Map<String, String> prints = new ConcurrentHashMap<>();

    private TableFingerprints(Path file, String stamp, Set<String> tables) {
        this.file = file;
        this.stamp = stamp;
        this.tables = tables;
    }

    /**
     * The fingerprints of the workspace's database as it is now: those already taken while it has not changed,
     * in this process or (from the tallies folder) in an earlier one.
     */
    static TableFingerprints of(Workspace workspace, Path folder, Connection connection) throws SQLException {
        String stamp = workspace.dataStamp().toString();
        Path key = workspace.databaseFile().toAbsolutePath().normalize();
        TableFingerprints latest = LATEST.get(key);
        if (latest != null && latest.stamp.equals(stamp)) {
            return latest;
        }
        synchronized (LATEST) {
            latest = LATEST.get(key);
            if (latest != null && latest.stamp.equals(stamp)) {
                return latest;
            }
            TableFingerprints fresh = new TableFingerprints(folder.resolve(FILE), stamp, tables(connection));
            fresh.load();
            LATEST.put(key, fresh);
            return fresh;
        }
    }

    /** Forgets the workspace's fingerprints this process remembers: the next computation hashes its tables. */
    static void forget(Workspace workspace) {
        LATEST.remove(workspace.databaseFile().toAbsolutePath().normalize());
    }

    /** Forgets what this process remembers, as a new process starts: for tests of what the file keeps. */
    static void forgetRemembered() {
        LATEST.clear();
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT table_name FROM duckdb_tables() WHERE"
                        + " database_name = current_database() AND schema_name = 'main' AND NOT internal")) {
            while (r.next()) {
                names.add(r.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(names);
    }

    /** The tables a query names, as whole words anywhere in its text (a name in a comment counts too). */
    Set<String> namedIn(String sql) {
        Set<String> named = new HashSet<>();
        for (String word : sql.toLowerCase(Locale.ROOT).split("[^a-z0-9_]+")) {
            if (tables.contains(word)) {
                named.add(word);
            }
        }
        return named;
    }

    /** The fingerprint of each table, hashing those not yet hashed since the database last changed. */
    SortedMap<String, String> of(Connection connection, Collection<String> names) throws SQLException {
        SortedMap<String, String> result = new TreeMap<>();
        boolean added = false;
        for (String table : names) {
            String print = prints.get(table);
            if (print == null) {
                // One hash per table, however many computations ask for it at once.
                synchronized (prints) {
                    print = prints.get(table);
                    if (print == null) {
                        print = hash(connection, table);
                        prints.put(table, print);
                        added = true;
                    }
                }
            }
            result.put(table, print);
        }
        if (added) {
            save();
        }
        return result;
    }

    private static String hash(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery(
                        "SELECT count(*), coalesce(sum(hash(t)), 0) FROM main.\"" + table + "\" t")) {
            r.next();
            return r.getLong(1) + ":" + r.getString(2);
        }
    }

    // What an earlier run wrote under the same stamp.
    private void load() {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(stamp)) {
                return;
            }
            for (String line : lines.subList(1, lines.size())) {
                int tab = line.indexOf('\t');
                if (tab > 0 && tables.contains(line.substring(0, tab))) {
                    prints.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            prints.clear();
        }
    }

    private synchronized void save() {
        List<String> lines = new ArrayList<>();
        lines.add(stamp);
        new TreeMap<>(prints).forEach((table, print) -> lines.add(table + "\t" + print));
        try {
            Files.createDirectories(file.getParent());
            Path written = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try {
                Files.write(written, lines, StandardCharsets.UTF_8);
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(written);
            }
        } catch (IOException | RuntimeException unwritable) {
            // Only a saving for a later run: without it, that run hashes again.
        }
    }
}
