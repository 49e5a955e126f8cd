package org.kizuna.metrics.engagement;

import org.kizuna.domain.Period;

/**
 * Users and customers of one segment value with an event on the days of one span. A user is a (customer,
 * user) pair; a user-day is one user active on one calendar day, a customer-day one customer. Rows of one span
 * add up across segment values that partition customers.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param span the closed range of days counted
 * @param users distinct users with an event in the span
 * @param userDays distinct (user, day) pairs in the span
 * @param repeatUsers users with events on two or more distinct days of the span
 * @param customers distinct customers with an event in the span
 * @param customerDays distinct (customer, day) pairs in the span
 */
public record ActiveUserTally(
        String segmentValue,
        Period span,
        long users,
        long userDays,
        long repeatUsers,
        long customers,
        long customerDays) {}
