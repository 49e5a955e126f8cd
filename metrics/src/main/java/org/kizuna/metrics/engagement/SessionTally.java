package org.kizuna.metrics.engagement;

/**
 * Product usage of one segment value within a period. A session is a distinct session id of a customer; an
 * event without one is a session of its own. A session is prompted when any of its events names the outreach
 * that triggered it ({@code prompted_by}), else self-initiated.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param customers customers with any event
 * @param events events
 * @param sessions sessions
 * @param promptedSessions sessions prompted by any outreach
 * @param selfInitiatedCustomers customers with at least one self-initiated session
 * @param emailSessions sessions prompted by an email
 * @param emailCustomers customers with at least one session prompted by an email
 */
public record SessionTally(
        String segmentValue,
        long customers,
        long events,
        long sessions,
        long promptedSessions,
        long selfInitiatedCustomers,
        long emailSessions,
        long emailCustomers) {

    public long selfInitiatedSessions() {
        return sessions - promptedSessions;
    }
}
