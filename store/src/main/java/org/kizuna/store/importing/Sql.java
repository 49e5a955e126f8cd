package org.kizuna.store.importing;

import java.sql.SQLException;
import org.kizuna.domain.contract.ColumnType;
import org.kizuna.store.WorkspaceException;

/** Quoting and type names for the SQL that the importer writes. */
final class Sql {

    private Sql() {}

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    /**
     * The DuckDB type of a contract type, as cells are checked against it and keys are compared: the store's
     * own types (V1 migration), whose casts are fast (a 38-digit decimal cast is some eighty times slower than
     * an 18-digit one).
     */
    static String checkType(ColumnType type) {
        return switch (type) {
            case ID, TEXT -> "VARCHAR";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMPTZ";
            case MONEY -> "DECIMAL(18, 4)";
            case NUMBER -> "DECIMAL(18, 6)";
            case INTEGER -> "BIGINT";
            case BOOL -> "BOOLEAN";
        };
    }

    /** The telling line of a database error, fit to show the user. */
    static String firstLine(SQLException e) {
        return WorkspaceException.databaseCause(e.getMessage());
    }
}
