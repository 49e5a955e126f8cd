package org.kizuna.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import is one transaction: a {@code kill -9} while it writes must leave the store exactly as it was, and
 * the next import must work. The import runs as a real process on a data set large enough to take seconds,
 * and is killed as soon as it has started writing to the database file.
 */
class ImportDurabilityIT {

    private static final String TODAY = "2025-07-15";

    /** Data set sizes to try, larger each time the import finished before it could be killed while writing. */
    private static final List<Integer> CUSTOMERS = List.of(6_000, 15_000, 30_000);

    /** Growth of the database file that shows the import is writing rows, not just opening the file. */
    private static final long WRITING = 1L << 20;

    @TempDir
    Path root;

    /**
     * How a killed import ended.
     *
     * @param killedWhileWriting the process was still running, after it had started writing, when it was killed
     * @param trigger what showed that it was writing
     * @param exitCode its exit status
     * @param out what it printed
     */
    private record Kill(boolean killedWhileWriting, String trigger, int exitCode, String out) {}

    @Test
    void anImportKilledWhileWritingLeavesTheStoreExactlyAsItWasAndTheNextImportSucceeds() throws Exception {
        Path earlier = generate("earlier", 150, 11);
        List<String> attempts = new ArrayList<>();
        for (int customers : CUSTOMERS) {
            Path large = generate("large-" + customers, customers, 12);
            Path workspace = root.resolve("workspace-" + customers);
            KizunaJar.run(root, TODAY, "init", workspace.toString(), "--currency", "JPY", "--time-zone", "Asia/Tokyo")
                    .succeeded();
            KizunaJar.run(root, TODAY, "import", "--workspace", workspace.toString(), earlier.toString())
                    .succeeded();
            String metricsBefore = metrics(workspace);
            TreeMap<String, String> before = fingerprint(workspace);
            assertThat(before.get("customers")).as("the earlier import").startsWith("150 ");

            Kill kill = importAndKillWhileWriting(workspace, large);
            attempts.add(customers + " customers: " + kill);
            System.out.printf(
                    "import of %,d customers: %s%n",
                    customers,
                    kill.killedWhileWriting() ? "killed after " + kill.trigger() : "finished before it was killed");
            if (!kill.killedWhileWriting()) {
                continue;
            }

            assertThat(kill.exitCode())
                    .as("exit status of a process ended by SIGKILL")
                    .isEqualTo(137);
            assertThat(kill.out()).doesNotContain("Imported.");
            assertThat(metrics(workspace))
                    .as("metrics of the workspace reopened after the kill")
                    .isEqualTo(metricsBefore);
            assertThat(fingerprint(workspace))
                    .as("row count and content hash of every table after the kill")
                    .isEqualTo(before);

            KizunaJar.Outcome again = KizunaJar.run(
                            root, TODAY, "import", "--workspace", workspace.toString(), large.toString())
                    .succeeded()
                    .printedNoStackTrace();
            assertThat(again.out()).contains("Imported.");
            TreeMap<String, String> after = fingerprint(workspace);
            assertThat(rowCount(after, "customers"))
                    .as("customers after the import: the earlier ones, replaced where the large set has their id")
                    .isEqualTo(union(earlier, large, "customers.csv", "customer_id"));
            assertThat(rowCount(after, "subscriptions"))
                    .isEqualTo(union(earlier, large, "subscriptions.csv", "subscription_id"));
            assertThat(rowCount(after, "survey_responses"))
                    .isEqualTo(union(earlier, large, "survey_responses.csv", "response_id"));
            assertThat(distinctImports(workspace)).as("imports recorded").isEqualTo(2);
            assertThat(metrics(workspace)).isNotEqualTo(metricsBefore);
            return;
        }
        fail("the import was never killed while writing; attempts:%n%s", String.join("\n", attempts));
    }

    private Kill importAndKillWhileWriting(Path workspace, Path data) throws IOException, InterruptedException {
        Path database = workspace.resolve("kizuna.duckdb");
        Path wal = workspace.resolve("kizuna.duckdb.wal");
        long sizeBefore = Files.size(database);
        assertThat(wal).as("no write-ahead log before the import").doesNotExist();
        Path out = Files.createTempFile(root, "import", ".out");
        Path err = Files.createTempFile(root, "import", ".err");
        Process process = KizunaJar.command(root, TODAY, "import", "--workspace", workspace.toString(), data.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        String trigger = null;
        while (process.isAlive() && trigger == null) {
            if (Files.exists(wal)) {
                trigger = "write-ahead log appeared";
            } else if (Files.size(database) - sizeBefore >= WRITING) {
                trigger = "database file grew by " + (Files.size(database) - sizeBefore) + " bytes";
            } else {
                Thread.sleep(2);
            }
        }
        boolean runningAtKill = trigger != null && process.isAlive();
        process.destroyForcibly();
        assertThat(process.waitFor(1, TimeUnit.MINUTES))
                .as("the killed import ends")
                .isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        boolean killed = runningAtKill && process.exitValue() != 0;
        return new Kill(killed, trigger, process.exitValue(), printed + Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path generate(String name, int customers, int seed) {
        Path data = root.resolve(name);
        KizunaJar.run(
                        root,
                        TODAY,
                        "generate",
                        "--customers",
                        Integer.toString(customers),
                        "--months",
                        "12",
                        "--seed",
                        Integer.toString(seed),
                        "--out",
                        data.toString())
                .succeeded();
        return data;
    }

    private String metrics(Path workspace) {
        return KizunaJar.run(
                        root,
                        TODAY,
                        "metrics",
                        "--workspace",
                        workspace.toString(),
                        "--period",
                        "2025-Q2",
                        "--by",
                        "plan",
                        "--format",
                        "json")
                .succeeded()
                .printedNoStackTrace()
                .out();
    }

    /** Every table of the store with its row count and an order-independent hash of its rows' contents. */
    private static TreeMap<String, String> fingerprint(Path workspace) throws SQLException {
        TreeMap<String, String> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + workspace.resolve("kizuna.duckdb"));
                Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet r = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'main' AND table_type = 'BASE TABLE'")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String table : names) {
                try (ResultSet r = statement.executeQuery("SELECT count(*), coalesce(sum(hash(t)), 0) FROM main.\""
                        + table.replace("\"", "\"\"") + "\" t")) {
                    r.next();
                    tables.put(table, r.getLong(1) + " rows, hash " + r.getString(2));
                }
            }
        }
        assertThat(tables).containsKeys("customers", "subscriptions", "survey_responses", "imports");
        return tables;
    }

    private static long rowCount(TreeMap<String, String> fingerprint, String table) {
        String state = fingerprint.get(table);
        return Long.parseLong(state.substring(0, state.indexOf(' ')));
    }

    private static long distinctImports(Path workspace) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + workspace.resolve("kizuna.duckdb"));
                Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT count(DISTINCT import_id) FROM imports")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** How many distinct ids two data sets' files hold together. */
    private static long union(Path first, Path second, String file, String idColumn) {
        Set<String> ids = new HashSet<>();
        for (Path folder : List.of(first, second)) {
            try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(folder.resolve(file))) {
                csv.forEach(record -> ids.add(record.getField(idColumn)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids.size();
    }
}
