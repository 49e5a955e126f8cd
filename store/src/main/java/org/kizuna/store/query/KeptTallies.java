package org.kizuna.store.query;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.kizuna.store.Workspace;

/**
 * The rows of the store's aggregate queries, kept between runs in the workspace's {@value #FOLDER} folder. A
 * query's kept rows are used while every table it names holds what it held when they were kept (the tables'
 * {@link TableFingerprints fingerprints} are equal) and the workspace's time zone is the same; otherwise the
 * query runs again and its new rows are kept. So a figure computed again over unchanged data costs a file read
 * instead of a scan, while any change to a table a query reads, by an import, a survey answer or by hand, makes
 * it run again. Deleting the folder loses nothing but that saving.
 */
final class KeptTallies {

    /** The folder, inside the workspace folder. */
    static final String FOLDER = "tallies";

    private static final int MAGIC = 0x4b5a5431; // "KZT1": the file format's version
    private static final String SUFFIX = ".rows";

    /** Past this many files, or this many bytes, the least recently written are removed down to half of it. */
    static final int MOST_FILES = 20_000;

    static final long MOST_BYTES = 1L << 30;

    /** Written since the folder was last looked over: it is looked over at the first write and every 64 MiB. */
    private static final AtomicLong WRITTEN = new AtomicLong(-1);

    private static volatile String databaseVersion;

    private final Workspace workspace;
    private final Path folder;

    KeptTallies(Workspace workspace) {
        this.workspace = workspace;
        this.folder = folder(workspace);
    }

    static Path folder(Workspace workspace) {
        return workspace.folder().resolve(FOLDER);
    }

    /**
     * Removes every kept tally of the workspace, and the fingerprints of its tables: the next computations hash
     * the tables and run every query again, as after new data.
     */
    static void forget(Workspace workspace) {
        TableFingerprints.forget(workspace);
        Path folder = folder(workspace);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not remove " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives the reader the query's rows: the kept ones when they still hold, else the database's, which are
     * then kept. Either way the reader reads {@link KeptRows}, so both give it the same values.
     *
     * @return whether the kept rows were used
     */
    boolean run(Connection connection, String sql, QueryRunner.RowReader reader) throws SQLException {
        Slot slot = slot(connection, sql);
        if (fedFromKept(slot, reader)) {
            return true;
        }
        Optional<KeptRows> rows;
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            rows = KeptRows.read(result);
        }
        if (rows.isEmpty()) {
            // A value that cannot be kept: read the query as it comes.
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    reader.read(result);
                }
            }
            return false;
        }
        feed(rows.get(), reader);
        keep(slot, rows.get());
        return false;
    }

    /**
     * Where a query's rows are kept and the contents of the tables it reads, taken now: rows computed from
     * here on may be kept against them. Taken before the query runs, a table changed meanwhile only makes the
     * next run compute the rows again.
     */
    record Slot(Path file, String identity, SortedMap<String, String> read) {}

    Slot slot(Connection connection, String sql) throws SQLException {
        TableFingerprints fingerprints = TableFingerprints.of(workspace, folder, connection);
        SortedMap<String, String> read = fingerprints.of(connection, fingerprints.namedIn(sql));
        String identity = identity(connection, sql);
        return new Slot(folder.resolve(digest(identity) + SUFFIX), identity, read);
    }

    /** Whether the slot's query has rows kept that still hold, judged by the file's head alone. */
    boolean holds(Slot slot) {
        if (!Files.isRegularFile(slot.file())) {
            return false;
        }
        try (InputStream stream = Files.newInputStream(slot.file());
                DataInputStream in = new DataInputStream(new BufferedInputStream(stream))) {
            return headHolds(in, slot);
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * Gives the reader the query's kept rows when they still hold, and runs nothing when they do not.
     *
     * @return whether the kept rows were there and read
     */
    boolean readKept(Connection connection, String sql, QueryRunner.RowReader reader) throws SQLException {
        return fedFromKept(slot(connection, sql), reader);
    }

    // Gives the reader the slot's kept rows when they still hold.
    private static boolean fedFromKept(Slot slot, QueryRunner.RowReader reader) throws SQLException {
        Optional<KeptRows> kept = load(slot);
        if (kept.isPresent()) {
            feed(kept.get(), reader);
        }
        return kept.isPresent();
    }

    /** Keeps rows as the slot's query's; a folder that cannot be written loses only the saving. */
    void keep(Slot slot, KeptRows rows) {
        save(slot.file(), slot.identity(), slot.read(), rows);
    }

    private static void feed(KeptRows rows, QueryRunner.RowReader reader) throws SQLException {
        try (ResultSet result = rows.resultSet()) {
            while (result.next()) {
                reader.read(result);
            }
        }
    }

    // What besides the tables decides a query's rows: the query, the session's time zone, the database's version.
    private String identity(Connection connection, String sql) throws SQLException {
        return "zone " + workspace.settings().timeZone().getId() + "\nduckdb " + databaseVersion(connection) + "\n"
                + sql;
    }

    private static String databaseVersion(Connection connection) throws SQLException {
        String version = databaseVersion;
        if (version == null) {
            try (Statement statement = connection.createStatement();
                    ResultSet r = statement.executeQuery("SELECT library_version FROM pragma_version()")) {
                r.next();
                version = r.getString(1);
            }
            databaseVersion = version;
        }
        return version;
    }

    private static String digest(String identity) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<KeptRows> load(Slot slot) {
        if (!Files.isRegularFile(slot.file())) {
            return Optional.empty();
        }
        try (InputStream stream = Files.newInputStream(slot.file());
                DataInputStream in = new DataInputStream(new BufferedInputStream(stream))) {
            return headHolds(in, slot) ? Optional.of(KeptRows.read(in)) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            // A file cut short or from another format: the query runs again and the file is written anew.
            return Optional.empty();
        }
    }

    // Whether a kept file's head names the slot's query and the contents its tables have now.
    private static boolean headHolds(DataInputStream in, Slot slot) throws IOException {
        if (in.readInt() != MAGIC || !KeptRows.text(in).equals(slot.identity())) {
            return false;
        }
        int tables = in.readInt();
        SortedMap<String, String> kept = new TreeMap<>();
        for (int i = 0; i < tables; i++) {
            kept.put(KeptRows.text(in), KeptRows.text(in));
        }
        return kept.equals(slot.read());
    }

    private void save(Path file, String identity, Map<String, String> read, KeptRows rows) {
        try {
            Files.createDirectories(folder);
            Path written = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            try {
                try (OutputStream stream = Files.newOutputStream(written);
                        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream))) {
                    out.writeInt(MAGIC);
                    KeptRows.text(out, identity);
                    out.writeInt(read.size());
                    for (Map.Entry<String, String> table : read.entrySet()) {
                        KeptRows.text(out, table.getKey());
                        KeptRows.text(out, table.getValue());
                    }
                    rows.write(out);
                }
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(written);
            }
            long size = Files.size(file);
            if (WRITTEN.getAndAdd(size) < 0 || WRITTEN.get() > 64L << 20) {
                WRITTEN.set(0);
                prune(folder, MOST_FILES, MOST_BYTES);
            }
        } catch (IOException | RuntimeException unwritable) {
            // Keeping is only a saving: a folder that cannot be written means the query runs again next time.
        }
    }

    /**
     * Removes the least recently written kept files while there are more than {@code most} of them or they take
     * more than {@code mostBytes}, down to half of each.
     */
    static void prune(Path folder, int most, long mostBytes) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            listing.forEach(files::add);
        }
        Map<Path, Long> written = new java.util.HashMap<>();
        Map<Path, Long> sizes = new java.util.HashMap<>();
        long bytes = 0;
        for (Path file : files) {
            try {
                written.put(file, Files.getLastModifiedTime(file).toMillis());
                sizes.put(file, Files.size(file));
            } catch (IOException gone) {
                written.put(file, 0L);
                sizes.put(file, 0L);
            }
            bytes += sizes.get(file);
        }
        if (files.size() <= most && bytes <= mostBytes) {
            return;
        }
        files.sort(Comparator.comparing(written::get));
        int left = files.size();
        for (Path file : files) {
            if (left <= most / 2 && bytes <= mostBytes / 2) {
                break;
            }
            Files.deleteIfExists(file);
            left--;
            bytes -= sizes.get(file);
        }
    }
}
