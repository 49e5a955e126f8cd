package org.kizuna.metrics.engagement;

/**
 * The customers of one segment value active during a period (by the workspace's activity basis), with their
 * engagement summed. Each customer is ranked among all the customers active during the period in scope, not
 * only its segment's, on four components: sessions (frequency), distinct features used (breadth), community
 * activities and social mentions (social), tickets opened (support). A rank is told as how many of those
 * customers have a strictly lower value, so ties share the lowest rank; the rows hold these counts summed.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param customers customers active during the period
 * @param sessions their sessions (an event without a session id is a session of its own)
 * @param features their distinct features, summed over customers
 * @param socialActivities their community activities and social mentions
 * @param tickets their tickets opened
 * @param sessionsBelow summed over the customers, how many customers in scope had fewer sessions
 * @param featuresBelow the same for distinct features
 * @param socialBelow the same for community activities and social mentions
 * @param ticketsBelow the same for tickets opened
 * @param seatedCustomers those customers with licensed seats ({@code seats} above 0)
 * @param seats the seats of the seated customers
 * @param seatedUsers distinct users with an event within the period at the seated customers
 */
public record CustomerEngagementTally(
        String segmentValue,
        long customers,
        long sessions,
        long features,
        long socialActivities,
        long tickets,
        long sessionsBelow,
        long featuresBelow,
        long socialBelow,
        long ticketsBelow,
        long seatedCustomers,
        long seats,
        long seatedUsers) {}
