package org.kizuna.store.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;

/** The imports that changed a workspace, as recorded in its {@code imports} table, newest first. */
public final class ImportHistory {

    private final Workspace workspace;

    public ImportHistory(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * One import: when, from where, and what each table received.
     *
     * @param id the import's number, counting up from 1
     * @param importedAt when it was committed
     * @param source who imported: {@code cli} or {@code web:USERNAME}
     * @param tables what each table received, in the order the import wrote them
     */
    public record Entry(long id, Instant importedAt, String source, List<ImportReport.TableSummary> tables) {

        public Entry {
            tables = List.copyOf(tables);
        }

        /** The account that uploaded the data from the dashboard, when the import came from there. */
        public Optional<String> username() {
            return source.startsWith(WEB_PREFIX)
                    ? Optional.of(source.substring(WEB_PREFIX.length()))
                    : Optional.empty();
        }

        /** Rows read over every table. */
        public long rows() {
            return tables.stream().mapToLong(ImportReport.TableSummary::rows).sum();
        }

        /** Stored rows replaced over every table. */
        public long replaced() {
            return tables.stream()
                    .mapToLong(ImportReport.TableSummary::replaced)
                    .sum();
        }
    }

    /** What an upload from the dashboard is recorded as, before the account's username. */
    public static final String WEB_PREFIX = "web:";

    /** The source an upload by the account is recorded under. */
    public static String web(String username) {
        return WEB_PREFIX + username;
    }

    /** Every import, newest first: what a download of the history holds. */
    public List<Entry> all() {
        return latest(Integer.MAX_VALUE);
    }

    /** The latest imports, newest first, at most {@code limit} of them. */
    public List<Entry> latest(int limit) {
        String sql = "SELECT import_id, imported_at, source, table_name, file_name, rows_read, rows_replaced"
                + " FROM imports WHERE import_id IN"
                + " (SELECT DISTINCT import_id FROM imports ORDER BY import_id DESC LIMIT ?)"
                + " ORDER BY import_id DESC, rowid";
        Map<Long, List<ImportReport.TableSummary>> tables = new LinkedHashMap<>();
        Map<Long, Entry> heads = new LinkedHashMap<>();
        try (Connection connection = workspace.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    if (!heads.containsKey(id)) {
                        heads.put(
                                id,
                                new Entry(
                                        id,
                                        r.getObject(2, OffsetDateTime.class).toInstant(),
                                        r.getString(3),
                                        List.of()));
                    }
                    tables.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new ImportReport.TableSummary(
                                    r.getString(4), r.getString(5), r.getLong(6), r.getLong(7)));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException(
                    "cannot read the import history of " + workspace.databaseFile() + ": "
                            + WorkspaceException.databaseCause(e.getMessage()),
                    e);
        }
        List<Entry> entries = new ArrayList<>();
        heads.forEach((id, head) -> entries.add(new Entry(id, head.importedAt(), head.source(), tables.get(id))));
        return entries;
    }
}
