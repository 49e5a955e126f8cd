package org.kizuna.domain.contract;

import java.util.List;
import java.util.Optional;

/**
 * One column of a contract table.
 *
 * @param name lower-case column name as the contract spells it
 * @param type value type
 * @param required whether every row must have a value
 * @param references the table whose id this column must name, if any
 * @param allowed the closed set of values a text column accepts; empty for any value
 */
public record Column(
        String name, ColumnType type, boolean required, Optional<String> references, List<String> allowed) {

    public Column {
        allowed = List.copyOf(allowed);
    }

    static Column required(String name, ColumnType type) {
        return new Column(name, type, true, Optional.empty(), List.of());
    }

    static Column optional(String name, ColumnType type) {
        return new Column(name, type, false, Optional.empty(), List.of());
    }

    Column referencing(String table) {
        return new Column(name, type, required, Optional.of(table), allowed);
    }

    Column oneOf(String... values) {
        return new Column(name, type, required, references, List.of(values));
    }
}
