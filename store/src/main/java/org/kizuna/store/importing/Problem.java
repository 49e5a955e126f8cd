package org.kizuna.store.importing;

import java.util.Objects;
import java.util.Optional;
import org.kizuna.store.Reason;

/**
 * One thing wrong with the input, where it is and why: {@code orders.csv:1042:4: column amount: "12,5" is
 * not a number}.
 *
 * @param location file, line and column as far as they are known
 * @param reason what is wrong, in words the user can act on (in English)
 * @param field for rows given as values ({@link Importer#importRows}), the row and column the problem is in,
 *     so that a caller can point at them in its own terms; empty for files
 * @param why the reason as a key of the importer's wording and its values, to say it in another language; for a
 *     problem with one column's value it leaves the column out, which {@code reason} names first ({@code column
 *     amount: })
 */
public record Problem(String location, String reason, Optional<Field> field, Reason why) {

    public Problem(String location, Reason why) {
        this(location, why.english(), Optional.empty(), why);
    }

    /** A problem in words from elsewhere (a library's message), said as they are in every language. */
    public Problem(String location, String reason) {
        this(location, reason, Optional.empty(), Reason.text(reason));
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

    /** Two problems are the same when they say the same of the same place, however their wording is kept. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Problem that
                && location.equals(that.location)
                && reason.equals(that.reason)
                && field.equals(that.field);
    }

    @Override
    public int hashCode() {
        return Objects.hash(location, reason, field);
    }

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
