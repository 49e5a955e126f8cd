package org.kizuna.store.query;

import java.util.List;

/**
 * The rows one tally was made from, so that a figure can be checked by hand: one row per customer or event,
 * with its segment value and the flags or values that decided how it counted.
 *
 * @param query the query's name, e.g. {@code survey_scores}
 * @param description what the query counts, in its own words
 * @param columns the rows' column names
 * @param rows at most the number asked for, in a stable order; values are numbers, booleans, text or null
 * @param total how many rows there are in all
 */
public record EvidenceTable(
        String query, String description, List<String> columns, List<List<Object>> rows, long total) {

    public EvidenceTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(java.util.Collections::unmodifiableList).toList();
    }
}
