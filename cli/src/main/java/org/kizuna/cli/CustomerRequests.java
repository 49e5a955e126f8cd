package org.kizuna.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.kizuna.store.Workspace;
import org.kizuna.store.customer.CustomerQuery;
import org.kizuna.store.customer.CustomerStatus;

/**
 * What {@code kizuna customers} and {@code kizuna customer} are asked, read the same way by the command line
 * and the API: each reader throws {@link IllegalArgumentException} with a message for a value it cannot use.
 */
public final class CustomerRequests {

    private CustomerRequests() {}

    /** The day figures are for: the one given ({@code YYYY-MM-DD}), else today in the workspace's time zone. */
    public static LocalDate asOf(String text, Workspace workspace) {
        if (text == null || text.isBlank()) {
            return Today.in(workspace.settings().timeZone());
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("as-of \"" + text + "\" is not a date (YYYY-MM-DD)");
        }
    }

    /** {@code active}, {@code churned}, or nothing for both. */
    public static Optional<CustomerStatus> status(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(CustomerStatus.parse(text));
    }

    /** A page number from 1; nothing is page 1. */
    public static int page(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(text.strip());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("page \"" + text + "\" is not a whole number from 1");
    }

    /** The list the arguments ask for. */
    public static CustomerQuery query(
            Workspace workspace, String text, String status, Map<String, String> where, String page, String asOf) {
        return new CustomerQuery(Optional.ofNullable(text), status(status), where, page(page), asOf(asOf, workspace));
    }
}
