package org.kizuna.store.importing;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.kizuna.store.Reason;

/**
 * One rule a staged row must satisfy, as SQL over the row alias {@code r} (and any joins its table adds).
 *
 * @param column the column a violation is reported at
 * @param violated SQL that is true when the row breaks the rule
 * @param reason SQL text expression that says why: a key of the importer's wording and the values it names,
 *     separated by {@link #SEPARATOR} ({@link #reason})
 */
record Check(String column, String violated, String reason) {

    /** Between the parts of a reason, and before it its column: a character no cell is read with. */
    static final String SEPARATOR = "\u001f";

    /** A rule's reason: the key of its wording ({@link Reason}) and SQL for each value it names. */
    static String reason(String key, String... values) {
        return Sql.literal(key)
                + Arrays.stream(values)
                        .map(value ->
                                " || " + Sql.literal(SEPARATOR) + " || coalesce(CAST(" + value + " AS VARCHAR), '')")
                        .collect(Collectors.joining());
    }

    /** The reason a row's {@link #reason} gave, its parts split again. */
    static Reason parse(String given) {
        String[] parts = given.split(SEPARATOR, -1);
        return new Reason(parts[0], Arrays.asList(parts).subList(1, parts.length));
    }
}
