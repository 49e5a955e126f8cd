package org.kizuna.store.importing;

import java.sql.SQLException;
import org.kizuna.domain.contract.ColumnType;

/** Quoting and type names for the SQL that the importer writes. */
final class Sql {

    private Sql() {}

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    /** The DuckDB type a contract type is checked against. */
    static String checkType(ColumnType type) {
        return switch (type) {
            case ID, TEXT -> "VARCHAR";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMPTZ";
            case MONEY -> "DECIMAL(18, 4)";
            case NUMBER -> "DECIMAL(38, 10)";
            case INTEGER -> "BIGINT";
            case BOOL -> "BOOLEAN";
        };
    }

    /** The first line of a database error, fit to show the user. */
    static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
