package org.kizuna.store.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.store.WorkspaceException;

/**
 * Turns a segment attribute into SQL over the customer alias {@code c}: a contract attribute, a derived one
 * ({@code signup_cohort}, {@code referred}) or a custom attribute imported from an extra column. Anything
 * else is refused with the list of attributes the workspace knows.
 *
 * @param expression the segment value per customer
 * @param join the join that expression needs, or empty text
 */
public record CustomerSegmentation(String expression, String join) {

    /** The attributes derived from the customer's own columns rather than stored as they are. */
    static final List<String> DERIVED_ATTRIBUTES = List.of("signup_cohort", "referred");

    static final CustomerSegmentation NONE = new CustomerSegmentation("CAST(NULL AS VARCHAR)", "");

    static CustomerSegmentation of(Connection connection, Optional<String> by) throws SQLException {
        return by.isEmpty() ? NONE : of(connection, by.get(), "segment_attribute", "to break down by");
    }

    /**
     * The attribute as SQL over {@code c}; a custom attribute joins its table under the alias given, so that
     * several attributes can be used in one query.
     */
    public static CustomerSegmentation of(Connection connection, String attribute, String alias, String purpose)
            throws SQLException {
        if (DataContract.CUSTOMER_ATTRIBUTES.contains(attribute)) {
            return new CustomerSegmentation("c." + attribute, "");
        }
        switch (attribute) {
            case "signup_cohort" -> {
                return new CustomerSegmentation("strftime(c.signup_date, '%Y-%m')", "");
            }
            case "referred" -> {
                return new CustomerSegmentation("CASE WHEN c.referred_by IS NULL THEN 'no' ELSE 'yes' END", "");
            }
            default -> {}
        }
        List<String> custom = customAttributes(connection);
        if (custom.contains(attribute)) {
            return new CustomerSegmentation(
                    alias + ".value",
                    "LEFT JOIN customer_attributes " + alias + " ON " + alias + ".customer_id = c.customer_id AND "
                            + alias + ".attribute = " + SqlTemplate.literal(attribute));
        }
        List<String> known = new ArrayList<>(DataContract.CUSTOMER_ATTRIBUTES);
        known.addAll(DERIVED_ATTRIBUTES);
        known.addAll(custom);
        throw new WorkspaceException(
                "unknown attribute \"" + attribute + "\" " + purpose + "; known: " + String.join(", ", known));
    }

    static List<String> customAttributes(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery(
                        "SELECT DISTINCT attribute FROM customer_attributes ORDER BY attribute")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }
}
