package org.kizuna.domain.contract;

import java.util.List;
import java.util.Optional;

/**
 * One table of the input data contract.
 *
 * @param name file stem, e.g. {@code orders} for orders.csv
 * @param columns the contract's columns, in the contract's order
 * @param key the columns that identify a row: the id, or a documented natural key; re-importing a row with
 *     the same key replaces it
 * @param moneyDate for tables with money, the column whose date selects the exchange rate
 */
public record Table(String name, List<Column> columns, List<String> key, Optional<String> moneyDate) {

    public Table {
        columns = List.copyOf(columns);
        key = List.copyOf(key);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public boolean hasMoney() {
        return columns.stream().anyMatch(c -> c.type() == ColumnType.MONEY);
    }

    /** Whether the key is a single id column (as opposed to a natural key over several columns). */
    public boolean keyedById() {
        return key.size() == 1
                && column(key.get(0)).map(c -> c.type() == ColumnType.ID).orElse(false);
    }
}
