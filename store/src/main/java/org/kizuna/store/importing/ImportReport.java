package org.kizuna.store.importing;

import java.util.List;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param tables one line per table imported
 * @param notices things worth knowing that did not stop the import: unknown files and columns, custom
 *     attributes kept, encodings detected
 * @param dryRun whether nothing was written
 */
public record ImportReport(List<TableSummary> tables, List<String> notices, boolean dryRun) {

    public ImportReport {
        tables = List.copyOf(tables);
        notices = List.copyOf(notices);
    }

    /**
     * @param table contract table
     * @param source the file (and sheet) it came from
     * @param rows rows read
     * @param replaced stored rows with the same key that these rows replaced
     */
    public record TableSummary(String table, String source, long rows, long replaced) {}
}
