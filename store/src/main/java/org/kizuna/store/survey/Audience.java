package org.kizuna.store.survey;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whom to invite: the customers named, or those whose attributes have the values given (as {@code --where
 * plan=pro} filters metrics). Each customer's contacts are invited; a customer without contacts is invited
 * as a whole (no user, no email: the link goes into the CSV only).
 *
 * @param customerIds the customers named, in order; empty when {@code where} chooses
 * @param where attribute values every chosen customer has; empty when customers are named
 */
public record Audience(List<String> customerIds, Map<String, String> where) {

    public Audience {
        customerIds = List.copyOf(customerIds);
        where = Map.copyOf(new TreeMap<>(where));
        if (customerIds.isEmpty() == where.isEmpty()) {
            throw new IllegalArgumentException("name the customers to invite, or give attribute values that choose"
                    + " them (e.g. plan=pro), but not both");
        }
    }

    public static Audience customers(List<String> customerIds) {
        return new Audience(customerIds, Map.of());
    }

    public static Audience where(Map<String, String> values) {
        return new Audience(List.of(), values);
    }
}
