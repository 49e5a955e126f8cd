package org.kizuna.store.importing;

import java.util.Optional;

/**
 * One thing wrong with the input, where it is and why: {@code orders.csv:1042:4: column amount: "12,5" is
 * not a number}.
 *
 * @param location file, line and column as far as they are known
 * @param reason what is wrong, in words the user can act on
 * @param field for rows given as values ({@link Importer#importRows}), the row and column the problem is in,
 *     so that a caller can point at them in its own terms; empty for files
 */
public record Problem(String location, String reason, Optional<Field> field) {

    public Problem(String location, String reason) {
        this(location, reason, Optional.empty());
    }

    /**
     * Where a problem of given rows is.
     *
     * @param table the contract table the rows were given for
     * @param row the row's position among the rows given for the table, from 0
     * @param column the column, lower case as the contract names it (or as the row named an unknown one)
     * @param reason what is wrong with the value, without the column's name
     */
    public record Field(String table, long row, String column, String reason) {}

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
