package org.kizuna.store.customer;

import java.util.List;

/**
 * One page of a customer list.
 *
 * @param query what was asked
 * @param currency the reporting currency the MRR is in
 * @param total how many customers match, on all pages
 * @param customers this page's customers, by id
 */
public record CustomerPage(CustomerQuery query, String currency, long total, List<CustomerSummary> customers) {

    public CustomerPage {
        customers = List.copyOf(customers);
    }

    /** How many pages the matching customers fill (at least 1, an empty list being one empty page). */
    public int pages() {
        return (int) Math.max(1, (total + CustomerQuery.PAGE_SIZE - 1) / CustomerQuery.PAGE_SIZE);
    }
}
