package org.kizuna.generator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generation wrote: rows per table (header excluded), in the contract's table order.
 *
 * @param rowsPerTable table name to row count
 */
public record GenerationSummary(Map<String, Long> rowsPerTable) {

    public GenerationSummary {
        rowsPerTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerTable));
    }

    public long rows(String table) {
        return rowsPerTable.getOrDefault(table, 0L);
    }

    public long totalRows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
