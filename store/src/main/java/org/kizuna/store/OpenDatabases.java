package org.kizuna.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;

/**
 * The database files this process has open. DuckDB allows one open database per file and process, so every
 * connection to a file is made from one shared database, opened with the first connection and closed with the
 * last one, both under the file's lock: threads opening and closing at once (a server answering many requests)
 * never race to attach the same file twice. A server may keep a database open for a moment after its last
 * connection closes ({@link #keepOpenFor}), so that a busy stream of requests does not reopen it each time,
 * while still leaving the file to other processes once it is idle.
 */
final class OpenDatabases {

    private static final Map<Path, Shared> OPEN = new HashMap<>();
    private static volatile Duration linger = Duration.ZERO;
    private static final ScheduledExecutorService CLOSER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "kizuna-database-closer");
        thread.setDaemon(true);
        return thread;
    });

    private OpenDatabases() {}

    /** How long a database stays open after its last connection closes; zero closes it at once. */
    static void keepOpenFor(Duration duration) {
        linger = duration;
    }

    static Connection connect(Path file) throws SQLException {
        Shared shared;
        synchronized (OPEN) {
            shared = OPEN.computeIfAbsent(file.toAbsolutePath().normalize(), Shared::new);
        }
        return shared.connect();
    }

    /** Whether this process has the file's database open. */
    static boolean isOpen(Path file) {
        Shared shared;
        synchronized (OPEN) {
            shared = OPEN.get(file.toAbsolutePath().normalize());
        }
        return shared != null && shared.isOpen();
    }

    /** Connections to the file for a library that asks for a {@link DataSource}, e.g. the schema migrations. */
    static DataSource dataSource(Path file) {
        return new FileDataSource(file);
    }

    /** One file's database: the connection that keeps it open, and how many connections are in use. */
    private static final class Shared {

        private final Path file;
        private DuckDBConnection anchor;
        private int inUse;
        private ScheduledFuture<?> closing;

        Shared(Path file) {
            this.file = file;
        }

        synchronized boolean isOpen() {
            return anchor != null;
        }

        synchronized Connection connect() throws SQLException {
            if (closing != null) {
                closing.cancel(false);
                closing = null;
            }
            if (anchor == null) {
                anchor = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file);
            }
            Connection connection = anchor.duplicate();
            inUse++;
            return released(connection);
        }

        private synchronized void release() {
            inUse--;
            if (inUse > 0) {
                return;
            }
            Duration wait = linger;
            if (wait.isZero()) {
                closeAnchor();
            } else {
                closing = CLOSER.schedule(this::closeIfIdle, wait.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        private synchronized void closeIfIdle() {
            closing = null;
            if (inUse == 0) {
                closeAnchor();
            }
        }

        private void closeAnchor() {
            if (anchor != null) {
                try {
                    anchor.close();
                } catch (SQLException e) {
                    Logger.getLogger(OpenDatabases.class.getName()).warning("closing " + file + ": " + e.getMessage());
                } finally {
                    anchor = null;
                }
            }
        }

        /** The connection, telling this database when it is closed (once, however often close is called). */
        private Connection released(Connection connection) {
            InvocationHandler handler = new InvocationHandler() {
                private boolean closed;

                @Override
                public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        synchronized (this) {
                            if (closed) {
                                return null;
                            }
                            closed = true;
                        }
                        try {
                            connection.close();
                        } finally {
                            release();
                        }
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            };
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }
    }

    private record FileDataSource(Path file) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return connect(file);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connect(file);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no log writer
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // opening a local file does not wait
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
