package org.kizuna.store.importing;

import java.util.List;
import java.util.Locale;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param tables one line per table imported
 * @param noticed things worth knowing that did not stop the import: unknown files and columns, custom
 *     attributes kept, encodings detected
 * @param dryRun whether nothing was written
 */
public record ImportReport(List<TableSummary> tables, List<Notice> noticed, boolean dryRun) {

    public ImportReport {
        tables = List.copyOf(tables);
        noticed = List.copyOf(noticed);
    }

    /** What was noticed, in English: {@code customers.csv: kept as custom attributes: tier}. */
    public List<String> notices() {
        return noticed.stream().map(Notice::english).toList();
    }

    /** What was noticed, in the language of the locale where the importer has its wording in it. */
    public List<String> notices(Locale locale) {
        return noticed.stream().map(notice -> notice.in(locale)).toList();
    }

    /**
     * @param table contract table
     * @param source the file (and sheet) it came from
     * @param rows rows read
     * @param replaced stored rows with the same key that these rows replaced
     */
    public record TableSummary(String table, String source, long rows, long replaced) {}
}
