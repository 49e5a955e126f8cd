package org.kizuna.metrics.support;

/**
 * How many tickets of one segment value, opened within the period, share one outcome as the data stands.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param resolved whether the ticket has a resolution time
 * @param reopened whether the ticket was reopened (an empty flag counts as not reopened)
 * @param resolution how it was resolved ({@code agent} or {@code self_service}), or null when not said
 * @param tickets how many tickets share this outcome
 */
public record TicketOutcomeCount(
        String segmentValue, boolean resolved, boolean reopened, String resolution, long tickets) {}
