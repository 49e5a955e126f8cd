package org.kizuna.web.data;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kizuna.store.Reason;
import org.kizuna.store.importing.Problem;

/**
 * One problem of a refused import as the error table shows it: the store's {@code orders.csv:1042:4: column
 * amount: "12,5" is not a number} split into file, line, column and reason, the reason in the page's language.
 *
 * @param file the file (and sheet) the problem is in
 * @param line the line (or row) in it, or empty
 * @param column the column's number and name, or empty
 * @param reason what is wrong
 */
record ProblemRow(String file, String line, String column, String reason) {

    private static final Pattern LOCATION = Pattern.compile("(.+?):(\\d+|row \\d+)(?::(\\d+))?");
    private static final Pattern COLUMN_REASON = Pattern.compile("column ([^:]+): (.*)", Pattern.DOTALL);

    /**
     * @param folder the upload's temporary folder, which a problem about the whole upload names; it is left
     *     out, since it means nothing to the person uploading
     */
    static ProblemRow of(Problem problem, String folder, Locale locale) {
        String location = problem.location();
        if (location.startsWith(folder)) {
            location = location.substring(folder.length()).replaceFirst("^[/\\\\]", "");
        }
        String file = location;
        String line = "";
        String column = "";
        Matcher where = LOCATION.matcher(location);
        if (where.matches()) {
            file = where.group(1);
            line = where.group(2);
            column = where.group(3) == null ? "" : where.group(3);
        }
        String reason = problem.reason();
        Matcher named = COLUMN_REASON.matcher(reason);
        if (named.matches()) {
            column = column.isEmpty() ? named.group(1) : column + " (" + named.group(1) + ")";
            reason = named.group(2);
        }
        // The store's wording in the page's language; words from elsewhere stay as they were given.
        if (!problem.why().key().equals(Reason.TEXT)) {
            reason = problem.why().in(locale);
        }
        return new ProblemRow(file, line, column, reason);
    }
}
