package org.kizuna.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.kizuna.domain.WorkspaceSettings;

/**
 * A workspace: a folder holding the DuckDB database file and the settings file. The only place that opens
 * database connections; each comes with the workspace's time zone set, so that dates are read as the user
 * means them.
 */
public final class Workspace {

    public static final String DATABASE_FILE = "kizuna.duckdb";

    /** Held so that the level set on it is not lost when the logger is collected. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private static final Logger LOG = Logger.getLogger(Workspace.class.getName());

    private final Path folder;
    private volatile Loaded loaded;

    /** The settings as last read, and the state of the file they were read from. */
    private record Loaded(WorkspaceSettings settings, List<Object> stamp) {}

    private Workspace(Path folder, WorkspaceSettings settings) {
        this.folder = folder;
        this.loaded = new Loaded(settings, stamp(folder.resolve(SettingsFile.FILE_NAME)));
    }

    /** Creates a workspace in a new or empty folder, with the given settings, and its database schema. */
    public static Workspace init(Path folder, WorkspaceSettings settings) {
        try {
            if (Files.exists(folder.resolve(SettingsFile.FILE_NAME)) || Files.exists(folder.resolve(DATABASE_FILE))) {
                throw new WorkspaceException(folder + " already holds a workspace");
            }
            Files.createDirectories(folder);
            SettingsFile.write(folder.resolve(SettingsFile.FILE_NAME), settings);
        } catch (IOException e) {
            throw new WorkspaceException("cannot create a workspace in " + folder + ": " + e.getMessage(), e);
        }
        Workspace workspace = new Workspace(folder, settings);
        workspace.migrate();
        return workspace;
    }

    /** Opens an existing workspace, upgrading its schema if this version of Kizuna has newer migrations. */
    public static Workspace open(Path folder) {
        Path settingsFile = folder.resolve(SettingsFile.FILE_NAME);
        if (!Files.isRegularFile(settingsFile)) {
            throw new WorkspaceException(folder + " is not a Kizuna workspace (no " + SettingsFile.FILE_NAME
                    + "); create one with: kizuna init " + folder);
        }
        Workspace workspace = new Workspace(folder, SettingsFile.read(settingsFile));
        workspace.migrate();
        return workspace;
    }

    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(SettingsFile.FILE_NAME));
    }

    public Path folder() {
        return folder;
    }

    /**
     * The workspace's settings. When the settings file has changed since they were read (saved from the
     * dashboard, or edited by hand while a server runs), it is read again; a file that no longer reads is
     * reported once and the settings read last stay in force until it is fixed.
     */
    public WorkspaceSettings settings() {
        Loaded current = loaded;
        Path file = folder.resolve(SettingsFile.FILE_NAME);
        List<Object> stamp = stamp(file);
        if (stamp.equals(current.stamp())) {
            return current.settings();
        }
        synchronized (this) {
            current = loaded;
            if (!stamp.equals(current.stamp())) {
                WorkspaceSettings settings = current.settings();
                try {
                    settings = SettingsFile.read(file);
                } catch (WorkspaceException e) {
                    LOG.warning(e.getMessage() + " — the settings read before stay in force until the file is fixed");
                }
                current = new Loaded(settings, stamp);
                loaded = current;
            }
            return current.settings();
        }
    }

    /** When the file last changed, its size and identity: a file replaced by a rename has a new identity. */
    private static List<Object> stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Arrays.asList(attributes.lastModifiedTime().toMillis(), attributes.size(), attributes.fileKey());
        } catch (IOException missing) {
            return List.of();
        }
    }

    public Path databaseFile() {
        return folder.resolve(DATABASE_FILE);
    }

    /**
     * When the database and its write-ahead log last changed, with their sizes and identities: equal stamps mean
     * nothing was written in between, so what was read from the database before still holds. A commit appends
     * to the log, and a checkpoint rewrites the database file, so every write changes the stamp.
     */
    public List<Object> dataStamp() {
        Path database = databaseFile();
        List<Object> stamp = new java.util.ArrayList<>(stamp(database));
        stamp.addAll(stamp(database.resolveSibling(database.getFileName() + ".wal")));
        return stamp;
    }

    /**
     * Keeps a workspace's database open for this long after its last connection closes, so that a server busy
     * with many short requests does not reopen it for each; once idle that long, the file is free for other
     * processes (a {@code kizuna import} run beside the server). Zero, the default, closes it at once.
     */
    public static void keepOpenFor(Duration idle) {
        OpenDatabases.keepOpenFor(idle);
    }

    /**
     * Keeps the workspace's database open until closed, whatever other connections open and close meanwhile:
     * for work made of many short computations, each with its own connection, that would otherwise close the
     * database between them and read its tables from the file again each time (a report's periods).
     */
    public Held holdOpen() {
        Connection connection = connect();
        return () -> {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new WorkspaceException(
                        "cannot close the database " + databaseFile() + ": "
                                + WorkspaceException.databaseCause(e.getMessage()),
                        e);
            }
        };
    }

    /** Whether this process has the workspace's database open: a connection to it, or a hold, is not closed. */
    public boolean isOpen() {
        return OpenDatabases.isOpen(databaseFile());
    }

    /** The database held open by {@link #holdOpen}, until this is closed. */
    @FunctionalInterface
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** A new connection to the workspace database, its session time zone set to the workspace's. */
    public Connection connect() {
        try {
            Connection connection = OpenDatabases.connect(databaseFile());
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        "SET TimeZone = '" + settings().timeZone().getId().replace("'", "''") + "'");
            }
            return connection;
        } catch (SQLException e) {
            throw new WorkspaceException(
                    "cannot open the database " + databaseFile() + ": "
                            + WorkspaceException.databaseCause(e.getMessage())
                            + (e.getMessage() != null && e.getMessage().contains("lock")
                                    ? " (is another kizuna command using this workspace?)"
                                    : ""),
                    e);
        }
    }

    private void migrate() {
        try {
            Flyway.configure(Workspace.class.getClassLoader())
                    .dataSource(OpenDatabases.dataSource(databaseFile()))
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new WorkspaceException(
                    "cannot bring the database " + databaseFile() + " up to date: "
                            + WorkspaceException.databaseCause(e.getMessage()),
                    e);
        }
    }
}
