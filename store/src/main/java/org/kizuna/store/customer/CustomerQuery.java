package org.kizuna.store.customer;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which customers to list: those whose id, name or an attribute value contains the text (ignoring case), with
 * the status and attribute values given, as of a day; one page of them, ordered by id.
 *
 * @param text what to search for, or empty for everyone
 * @param status active or churned customers only, or empty for both
 * @param where attribute values every listed customer has, e.g. {@code plan = pro}
 * @param page the page, from 1
 * @param asOf the day the figures are for; customers who signed up after it are not listed
 */
public record CustomerQuery(
        Optional<String> text, Optional<CustomerStatus> status, Map<String, String> where, int page, LocalDate asOf) {

    /** Customers per page. */
    public static final int PAGE_SIZE = 20;

    public CustomerQuery {
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        where = Map.copyOf(new TreeMap<>(where));
        if (page < 1) {
            throw new IllegalArgumentException("page " + page + " is below 1");
        }
    }

    /** Everyone, first page. */
    public static CustomerQuery all(LocalDate asOf) {
        return new CustomerQuery(Optional.empty(), Optional.empty(), Map.of(), 1, asOf);
    }
}
