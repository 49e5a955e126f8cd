package org.kizuna.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.kizuna.domain.WorkspaceSettings;

/**
 * Many threads connect to one workspace at once, as a busy server's requests do, and share its one open
 * database; once the last connection closes (and any time it is kept open has passed) the file is free again.
 */
@Execution(ExecutionMode.SAME_THREAD)
class OpenDatabasesTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeAtOnceAgain() {
        Workspace.keepOpenFor(Duration.ZERO);
    }

    private Workspace workspace() {
        return Workspace.init(dir.resolve("ws"), WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")));
    }

    @Test
    void threadsConnectingAndClosingAtOnceNeverAttachTheFileTwice() throws Exception {
        Workspace workspace = workspace();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> answers = new ArrayList<>();
            for (int task = 0; task < 400; task++) {
                answers.add(threads.submit(() -> {
                    try (Connection connection = workspace.connect();
                            Statement statement = connection.createStatement();
                            ResultSet rows = statement.executeQuery("SELECT count(*) FROM customers")) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }));
            }
            for (Future<Long> answer : answers) {
                assertThat(answer.get()).isZero();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(canBeOpenedAnew(workspace))
                .as("free once the last connection closed")
                .isTrue();
    }

    @Test
    void aDatabaseKeptOpenIsFreedOnceIdleForThatLong() throws Exception {
        Workspace workspace = workspace();
        Workspace.keepOpenFor(Duration.ofMillis(500));
        try (Connection connection = workspace.connect()) {
            assertThat(connection.isClosed()).isFalse();
        }
        assertThat(canBeOpenedAnew(workspace))
                .as("still open just after its last connection")
                .isFalse();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        boolean freed = false;
        while (!freed && System.nanoTime() < deadline) {
            Thread.sleep(100);
            freed = canBeOpenedAnew(workspace);
        }
        assertThat(freed).as("free after half a second idle").isTrue();
    }

    @Test
    void aConnectionClosedTwiceIsReleasedOnce() throws Exception {
        Workspace workspace = workspace();
        Connection first = workspace.connect();
        Connection second = workspace.connect();
        first.close();
        first.close();
        assertThat(canBeOpenedAnew(workspace))
                .as("the second connection still holds it")
                .isFalse();
        assertThat(second.isClosed()).isFalse();
        second.close();
        assertThat(canBeOpenedAnew(workspace)).isTrue();
        assertThatThrownBy(() -> first.createStatement()).isInstanceOf(SQLException.class);
    }

    @Test
    void aDatabaseHeldOpenOutlivesTheConnectionsMadeMeanwhile() throws Exception {
        Workspace workspace = workspace();
        try (Workspace.Held held = workspace.holdOpen()) {
            for (int computation = 0; computation < 3; computation++) {
                try (Connection connection = workspace.connect();
                        Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT count(*) FROM customers")) {
                    rows.next();
                    assertThat(rows.getLong(1)).isZero();
                }
                assertThat(canBeOpenedAnew(workspace))
                        .as("still open after computation %d closed its connection", computation)
                        .isFalse();
            }
        }
        assertThat(canBeOpenedAnew(workspace)).as("free once released").isTrue();
    }

    /** Whether the file is free for another process: this one no longer has its database open. */
    private static boolean canBeOpenedAnew(Workspace workspace) {
        return !OpenDatabases.isOpen(workspace.databaseFile());
    }
}
