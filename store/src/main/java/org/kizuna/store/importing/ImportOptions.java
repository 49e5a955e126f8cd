package org.kizuna.store.importing;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How to import.
 *
 * @param dryRun validate everything but write nothing
 * @param encoding the text encoding of CSV files, or empty to detect UTF-8 (with or without BOM) and
 *     Shift_JIS (CP932)
 * @param progress told what the import is doing, for a progress bar
 * @param source who imports, as the import history records it: {@code cli}, or {@code web:USERNAME} for an
 *     upload from the dashboard
 */
public record ImportOptions(boolean dryRun, Optional<Charset> encoding, ImportProgress progress, String source) {

    /** What the command line's imports are recorded as. */
    public static final String COMMAND_LINE = "cli";

    public ImportOptions {
        Objects.requireNonNull(source);
    }

    /** An import from the command line. */
    public ImportOptions(boolean dryRun, Optional<Charset> encoding, ImportProgress progress) {
        this(dryRun, encoding, progress, COMMAND_LINE);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, Optional.empty(), ImportProgress.SILENT);
    }

    /** The same options, recorded in the history as coming from the source given. */
    public ImportOptions withSource(String newSource) {
        return new ImportOptions(dryRun, encoding, progress, newSource);
    }
}
