package org.kizuna.metrics.support;

/**
 * How many tickets of one segment value, opened within the period, took one time to reach a clock's event.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param seconds whole seconds from opening to the event, or null for the tickets that have not reached it
 * @param tickets how many tickets took that time
 */
public record TicketTimeCount(String segmentValue, Long seconds, long tickets) {

    public boolean reached() {
        return seconds != null;
    }
}
