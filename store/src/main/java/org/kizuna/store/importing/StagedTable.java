package org.kizuna.store.importing;

import java.util.List;
import org.kizuna.domain.contract.Column;

/**
 * One source read into a temporary table of text columns, ready to be checked and loaded.
 *
 * @param source where the rows came from
 * @param name the temporary table
 * @param columns the source's columns that the contract knows, lower case
 * @param extraColumns the source's other columns (kept as custom attributes for customers, else ignored)
 * @param locator maps a row id back to its place in the source
 * @param rows how many rows were read
 */
record StagedTable(
        Source source, String name, List<String> columns, List<String> extraColumns, RowLocator locator, long rows) {

    StagedTable {
        columns = List.copyOf(columns);
        extraColumns = List.copyOf(extraColumns);
    }

    boolean has(String column) {
        return columns.contains(column);
    }

    /**
     * The column's cell as written, as SQL; null throughout when the source lacks the column. Cells are not
     * trimmed: typed values tolerate surrounding spaces anyway, and ids and text are taken as written.
     */
    String raw(String column) {
        return has(column) ? "r." + Sql.identifier(column) : "CAST(NULL AS VARCHAR)";
    }

    /** SQL that is true when the cell holds something (empty text counts as nothing). */
    String present(String column) {
        return has(column) ? "coalesce(" + raw(column) + " <> '', false)" : "false";
    }

    /** The column's value as SQL, empty text read as null. */
    String value(String column) {
        return has(column) ? "nullif(" + raw(column) + ", '')" : "CAST(NULL AS VARCHAR)";
    }

    /** The column's value cast to the type the contract gives it, null when it does not cast. */
    String typed(Column column) {
        return "TRY_CAST(" + raw(column.name()) + " AS " + Sql.checkType(column.type()) + ")";
    }

    String typed(String column) {
        return typed(source.table().column(column).orElseThrow());
    }
}
