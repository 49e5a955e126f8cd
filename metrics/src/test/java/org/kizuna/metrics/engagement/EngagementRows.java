package org.kizuna.metrics.engagement;

import org.kizuna.domain.Period;

/**
 * Builders for the engagement family's tally rows, so that a test states only what matters to it: {@code
 * activeOn(JUNE).users(10, 140).customers(3, 45)}, {@code sessions(50, 8).prompted(10)}, {@code
 * activeCustomers(2).sessions(14, 6)}.
 */
final class EngagementRows {

    private EngagementRows() {}

    /** Nobody active over the span until told otherwise. */
    static UserRow activeOn(Period span) {
        return new UserRow(span);
    }

    /** Sessions of some customers, one event each, none prompted, every customer with a self-initiated one. */
    static SessionRow sessions(long sessions, long customers) {
        return new SessionRow(sessions, customers);
    }

    /** Active customers with no engagement at all until told otherwise. */
    static CustomerRow activeCustomers(long customers) {
        return new CustomerRow(customers);
    }

    static final class UserRow {
        private final Period span;
        private String segmentValue;
        private long users;
        private long userDays;
        private long repeatUsers;
        private long customers;
        private long customerDays;

        private UserRow(Period span) {
            this.span = span;
        }

        UserRow users(long count, long days) {
            users = count;
            userDays = days;
            return this;
        }

        UserRow repeat(long count) {
            repeatUsers = count;
            return this;
        }

        UserRow customers(long count, long days) {
            customers = count;
            customerDays = days;
            return this;
        }

        UserRow in(String value) {
            segmentValue = value;
            return this;
        }

        ActiveUserTally tally() {
            return new ActiveUserTally(segmentValue, span, users, userDays, repeatUsers, customers, customerDays);
        }
    }

    static final class SessionRow {
        private final long sessions;
        private final long customers;
        private String segmentValue;
        private long events;
        private long prompted;
        private long selfInitiatedCustomers;
        private long emailSessions;
        private long emailCustomers;

        private SessionRow(long sessions, long customers) {
            this.sessions = sessions;
            this.customers = customers;
            this.events = sessions;
            this.selfInitiatedCustomers = customers;
        }

        SessionRow events(long count) {
            events = count;
            return this;
        }

        /** Sessions prompted by an outreach, and the customers left with a self-initiated one. */
        SessionRow prompted(long count, long customersSelfInitiated) {
            prompted = count;
            selfInitiatedCustomers = customersSelfInitiated;
            return this;
        }

        /** Sessions an email prompted (among the prompted ones) and the customers that had them. */
        SessionRow email(long count, long customersPrompted) {
            emailSessions = count;
            emailCustomers = customersPrompted;
            return this;
        }

        SessionRow in(String value) {
            segmentValue = value;
            return this;
        }

        SessionTally tally() {
            return new SessionTally(
                    segmentValue,
                    customers,
                    events,
                    sessions,
                    prompted,
                    selfInitiatedCustomers,
                    emailSessions,
                    emailCustomers);
        }
    }

    static final class CustomerRow {
        private final long customers;
        private String segmentValue;
        private long sessions;
        private long sessionsBelow;
        private long features;
        private long featuresBelow;
        private long social;
        private long socialBelow;
        private long tickets;
        private long ticketsBelow;
        private long seatedCustomers;
        private long seats;
        private long seatedUsers;

        private CustomerRow(long customers) {
            this.customers = customers;
        }

        /** The customers' sessions, and how many customers had fewer, summed over them. */
        CustomerRow sessions(long total, long below) {
            sessions = total;
            sessionsBelow = below;
            return this;
        }

        CustomerRow features(long total, long below) {
            features = total;
            featuresBelow = below;
            return this;
        }

        CustomerRow social(long total, long below) {
            social = total;
            socialBelow = below;
            return this;
        }

        CustomerRow tickets(long total, long below) {
            tickets = total;
            ticketsBelow = below;
            return this;
        }

        /** Of these customers, how many have seats, how many seats and how many of their users were active. */
        CustomerRow seated(long count, long seatsHeld, long activeUsers) {
            seatedCustomers = count;
            seats = seatsHeld;
            seatedUsers = activeUsers;
            return this;
        }

        CustomerRow in(String value) {
            segmentValue = value;
            return this;
        }

        CustomerEngagementTally tally() {
            return new CustomerEngagementTally(
                    segmentValue,
                    customers,
                    sessions,
                    features,
                    social,
                    tickets,
                    sessionsBelow,
                    featuresBelow,
                    socialBelow,
                    ticketsBelow,
                    seatedCustomers,
                    seats,
                    seatedUsers);
        }
    }
}
