package org.kizuna.store.importing;

import java.util.Locale;
import java.util.Optional;

/** The file formats a data set may come in. */
enum SourceFormat {
    CSV,
    JSON_LINES,
    PARQUET,
    XLSX,
    /** Rows given as values, as the API receives them; no file. */
    ROWS;

    static Optional<SourceFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        if (lower.endsWith(".parquet")) {
            return Optional.of(PARQUET);
        }
        if (lower.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    static String stem(String fileName) {
        int dot = fileName.indexOf('.');
        return (dot < 0 ? fileName : fileName.substring(0, dot)).toLowerCase(Locale.ROOT);
    }
}
