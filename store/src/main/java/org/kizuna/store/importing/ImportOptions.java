package org.kizuna.store.importing;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How to import.
 *
 * @param dryRun validate everything but write nothing
 * @param encoding the text encoding of CSV files, or empty to detect UTF-8 (with or without BOM) and
 *     Shift_JIS (CP932)
 * @param progress told what the import is doing, for a progress bar
 */
public record ImportOptions(boolean dryRun, Optional<Charset> encoding, ImportProgress progress) {

    public static ImportOptions defaults() {
        return new ImportOptions(false, Optional.empty(), ImportProgress.SILENT);
    }
}
