package org.kizuna.domain.contract;

/** The value types of the input data contract; each names how an empty or malformed cell is judged. */
public enum ColumnType {
    ID("an id"),
    TEXT("text"),
    DATE("a date (YYYY-MM-DD)"),
    TIMESTAMP("a timestamp (ISO-8601, e.g. 2024-04-01T09:30:00+09:00)"),
    MONEY("a number"),
    NUMBER("a number"),
    INTEGER("a whole number"),
    BOOL("true/false/1/0/yes/no");

    private final String expectation;

    ColumnType(String expectation) {
        this.expectation = expectation;
    }

    /** How an error message describes what a cell of this type must be. */
    public String expectation() {
        return expectation;
    }
}
