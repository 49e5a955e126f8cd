package org.kizuna.store.importing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * Maps a staged row back to where the user can find it. Only asked when there is a problem to report, so
 * that the common, clean import pays nothing for it.
 */
interface RowLocator {

    /** For each row id, the location prefix of its row, e.g. {@code orders.csv:1042}. */
    Map<Long, String> rows(Connection connection, Set<Long> rowIds) throws SQLException, IOException;

    /** The column part of a location, e.g. {@code :4} (CSV), {@code :D} (XLSX) or empty (JSON Lines). */
    String column(String columnName);

    /**
     * For rows given as values rather than read from a file, each row id's position among the given rows,
     * from 0; empty for files, whose places are lines.
     */
    default Map<Long, Long> positions(Connection connection, Set<Long> rowIds) throws SQLException {
        return Map.of();
    }
}
