package org.kizuna.generator;

import org.kizuna.generator.CustomerLife.LifeMonth;

/**
 * One customer while its rows are being written: its life, the draws of its records stream, and the ids of its
 * rows and users. Every id of a customer's rows starts with the customer id and carries one running number, so
 * ids are unique across the data set without any lookup.
 */
final class CustomerContext {

    private final CustomerLife life;
    private final Draws draws;
    private final String[] userIds;
    private int sequence;

    CustomerContext(CustomerLife life, Draws draws) {
        this.life = life;
        this.draws = draws;
        this.userIds = new String[life.maxSeats()];
    }

    CustomerLife life() {
        return life;
    }

    CustomerProfile profile() {
        return life.profile();
    }

    String customerId() {
        return life.profile().id();
    }

    boolean japanese() {
        return life.profile().speaksJapanese();
    }

    Draws draws() {
        return draws;
    }

    /** A new id for a row of this customer, e.g. {@code C000042-T17} for a ticket. */
    String nextId(String tag) {
        return customerId() + "-" + tag + (++sequence);
    }

    /** The id of the customer's n-th licensed user; user 0 is the admin who signed up. */
    String userId(int ordinal) {
        int index = Math.min(ordinal, userIds.length - 1);
        String id = userIds[index];
        if (id == null) {
            id = customerId() + "-U" + (index + 1);
            userIds[index] = id;
        }
        return id;
    }

    int users() {
        return userIds.length;
    }

    /** The customer's health in the month containing the day; its starting health outside any month. */
    double healthOn(int day) {
        for (LifeMonth month : life.months()) {
            if (day >= month.start() && day < month.end()) {
                return month.health();
            }
        }
        return life.profile().health();
    }
}
