package org.kizuna.store.importing;

import java.util.List;
import java.util.Map;
import org.kizuna.domain.contract.Table;

/**
 * Rows of one contract table given as values rather than read from a file, as the API receives them: each
 * row maps column names (case-insensitive, as in a file's header) to plain values — text, numbers, booleans
 * or null. They are checked and written exactly as a file's rows are.
 *
 * @param table the contract table
 * @param rows the rows, in the order their problems are numbered (from 0)
 * @param keepOmitted whether a row whose key is stored keeps the stored values of the columns it leaves
 *     out or empty (and the custom attributes it does not name), instead of replacing the whole row; only for
 *     tables keyed by an id and without money
 */
public record GivenRows(Table table, List<? extends Map<String, ?>> rows, boolean keepOmitted) {

    public GivenRows {
        rows = List.copyOf(rows);
        if (keepOmitted && (!table.keyedById() || table.hasMoney())) {
            throw new IllegalArgumentException(
                    "only rows of a table keyed by an id and without money can keep omitted values: " + table.name());
        }
    }

    /** Rows that replace stored rows with the same key whole, as an import does. */
    public static GivenRows replacing(Table table, List<? extends Map<String, ?>> rows) {
        return new GivenRows(table, rows, false);
    }
}
