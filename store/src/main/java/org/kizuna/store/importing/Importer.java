package org.kizuna.store.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;

/**
 * Imports a data set (a folder of contract tables, or one file) into a workspace, all or nothing: the whole
 * import is one transaction, so a failed, interrupted or killed import leaves the store exactly as it was.
 */
public final class Importer {

    /** How many problems are listed before the rest are only counted. */
    public static final int PROBLEM_LIMIT = 100;

    /** What rows given through the API ({@link #importRows}) are recorded as in the import history. */
    public static final String API = "api";

    private final Workspace workspace;

    public Importer(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * @throws ImportFailedException when the data breaks the contract; nothing is written then
     */
    public ImportReport importFrom(Path input, ImportOptions options) {
        DataSetScanner.Scan scan = DataSetScanner.scan(input);
        if (!scan.problems().isEmpty()) {
            throw new ImportFailedException(scan.problems(), scan.problems().size());
        }
        List<Source> sources = scan.sources();
        int steps = sources.size() * 2 + 2;
        return transaction(options, (connection, scratch) -> {
            List<Notice> notices = new ArrayList<>(scan.notices());
            List<Problem> problems = new ArrayList<>();
            Stager stager = new Stager(connection, scratch, options.encoding(), problems, notices);
            List<StagedTable> staged = new ArrayList<>();
            int step = 0;
            for (Source source : sources) {
                options.progress().step(++step, steps, source.displayName() + ": reading");
                stager.stage(source).ifPresent(staged::add);
            }
            return checkAndWrite(connection, staged, problems, notices, Set.of(), options, step, steps);
        });
    }

    /**
     * Imports rows given as values — the API's batches — with the same checks, replacement by key and all
     * or nothing as files: tables are written in the contract's order, so rows may refer to rows given for
     * another table in the same call. Problems carry their {@link Problem#field() table, row and column}.
     *
     * @throws ImportFailedException when the rows break the contract; nothing is written then
     */
    public ImportReport importRows(List<GivenRows> given) {
        List<GivenRows> ordered = new ArrayList<>(given);
        ordered.sort(Comparator.comparingInt(g -> DataContract.TABLES.indexOf(g.table())));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).table() == ordered.get(i - 1).table()) {
                throw new IllegalArgumentException(
                        "rows of " + ordered.get(i).table().name() + " are given twice");
            }
        }
        ImportOptions options = ImportOptions.defaults().withSource(API);
        int steps = ordered.size() * 2 + 2;
        return transaction(options, (connection, scratch) -> {
            List<Notice> notices = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            Stager stager = new Stager(connection, scratch, Optional.empty(), problems, notices);
            List<StagedTable> staged = new ArrayList<>();
            Set<String> keepOmitted = new HashSet<>();
            for (GivenRows rows : ordered) {
                Source source =
                        new Source(rows.table(), Path.of(rows.table().name()), SourceFormat.ROWS, Optional.empty());
                stager.stageRows(source, rows.rows()).ifPresent(table -> {
                    staged.add(table);
                    if (rows.keepOmitted()) {
                        keepOmitted.add(rows.table().name());
                    }
                });
            }
            return checkAndWrite(connection, staged, problems, notices, keepOmitted, options, ordered.size(), steps);
        });
    }

    /** The work of one import inside its connection, given a scratch folder. */
    @FunctionalInterface
    private interface Work {
        ImportReport run(Connection connection, Path scratch) throws SQLException, IOException;
    }

    /** Runs the work on a new connection and commits it (rolls it back for a dry run, or on any failure). */
    private ImportReport transaction(ImportOptions options, Work work) {
        Path scratch = null;
        try (Connection connection = workspace.connect()) {
            scratch = Files.createTempDirectory("kizuna-import");
            try {
                ImportReport report = work.run(connection, scratch);
                if (options.dryRun()) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
                return report;
            } catch (SQLException | IOException | RuntimeException e) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("the import failed and nothing was written: " + Sql.firstLine(e), e);
        } catch (IOException e) {
            throw new WorkspaceException("the import failed and nothing was written: " + e.getMessage(), e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private ImportReport checkAndWrite(
            Connection connection,
            List<StagedTable> staged,
            List<Problem> problems,
            List<Notice> notices,
            Set<String> keepOmitted,
            ImportOptions options,
            int stepsDone,
            int steps)
            throws SQLException, IOException {
        int step = stepsDone;
        if (!problems.isEmpty()) {
            throw new ImportFailedException(
                    problems.subList(0, Math.min(problems.size(), PROBLEM_LIMIT)), problems.size());
        }
        // Staging wrote only temporary tables; from here on, checks and writes form one transaction. Staged
        // rows must be committed before it starts, or their row ids would be transaction-local ones.
        connection.setAutoCommit(false);
        for (StagedTable table : staged) {
            if (keepOmitted.contains(table.source().table().name())) {
                fillOmitted(connection, table);
            }
        }
        options.progress().step(++step, steps, "checking");
        Validator validator = new Validator(connection, workspace.settings().reportingCurrency(), PROBLEM_LIMIT);
        validator.validate(staged);
        if (validator.total() > 0) {
            throw new ImportFailedException(validator.problems(), validator.total());
        }
        try (Statement statement = connection.createStatement()) {
            // Row order mattered while staging (row ids map to lines); stored tables have no order, and DuckDB
            // writes in parallel when it need not keep one.
            statement.execute("SET preserve_insertion_order = false");
        }
        Loader loader = new Loader(connection, workspace.settings().reportingCurrency());
        List<ImportReport.TableSummary> summaries = new ArrayList<>();
        for (StagedTable table : staged) {
            options.progress().step(++step, steps, table.source().displayName() + ": writing");
            long replaced = loader.load(
                    table, keepOmitted.contains(table.source().table().name()));
            summaries.add(new ImportReport.TableSummary(
                    table.source().table().name(), table.source().displayName(), table.rows(), replaced));
        }
        options.progress().step(++step, steps, "recording");
        recordHistory(connection, summaries, options.source());
        dropStaged(connection, staged);
        return new ImportReport(summaries, notices, options.dryRun());
    }

    /**
     * Gives the staged rows whose id is stored the stored values of the columns they leave empty, before the
     * checks, so that the rows are checked and written whole.
     */
    private static void fillOmitted(Connection connection, StagedTable staged) throws SQLException {
        Table table = staged.source().table();
        String id = Sql.identifier(table.key().get(0));
        StringBuilder set = new StringBuilder();
        for (String column : staged.columns()) {
            if (column.equals(table.key().get(0))) {
                continue;
            }
            String name = Sql.identifier(column);
            set.append(set.length() == 0 ? "" : ", ")
                    .append(name)
                    .append(" = coalesce(nullif(r.")
                    .append(name)
                    .append(", ''), CAST(m.")
                    .append(name)
                    .append(" AS VARCHAR))");
        }
        if (set.length() == 0) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE " + staged.name() + " AS r SET " + set + " FROM main." + table.name()
                    + " m WHERE m." + id + " = r." + id);
        }
    }

    private static void recordHistory(Connection connection, List<ImportReport.TableSummary> summaries, String source)
            throws SQLException {
        long id;
        try (Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT coalesce(max(import_id), 0) + 1 FROM main.imports")) {
            r.next();
            id = r.getLong(1);
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO main.imports VALUES (?, current_timestamp, ?, ?, ?, ?, ?)")) {
            for (ImportReport.TableSummary summary : summaries) {
                insert.setLong(1, id);
                insert.setString(2, source);
                insert.setString(3, summary.table());
                insert.setString(4, summary.source());
                insert.setLong(5, summary.rows());
                insert.setLong(6, summary.replaced());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void dropStaged(Connection connection, List<StagedTable> staged) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (StagedTable table : staged) {
                statement.execute("DROP TABLE IF EXISTS " + table.name());
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is harmless; the import's outcome stands.
        }
    }
}
