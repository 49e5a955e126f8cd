package org.kizuna.metrics.engagement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kizuna.domain.Period;
import org.kizuna.metrics.ValueCount;

/**
 * The tallies the engagement and adoption metrics need: product usage by day, user, session and feature, and
 * interactions per channel. Each method returns small, mergeable rows per segment value, as {@link
 * org.kizuna.metrics.MetricInputs} describes. Active users, sessions and session durations can also be broken
 * down by an event's {@code channel}, where a user, customer or session seen on two channels counts in both.
 */
public interface EngagementInputs {

    /**
     * The channels whose input holds any row at all, so that a channel without data reads "no data" rather
     * than 0: product and email (events), support (tickets), community, social.
     */
    Set<InteractionChannel> recordedChannels();

    /**
     * Users and customers with an event on the days of each span (a closed range of days), counted in one
     * pass over the events of all spans; one row per span and segment value that had any.
     */
    List<ActiveUserTally> activeUsers(List<Period> spans, Optional<String> by);

    /** Events and sessions within the period, and the customers that had them. */
    List<SessionTally> sessions(Period period, Optional<String> by);

    /** Session lengths in seconds within the period: each event carrying a duration is one session. */
    List<ValueCount> sessionDurations(Period period, Optional<String> by);

    /** How many customers used each feature (any event naming it) within the period. */
    List<FeatureTally> featureUse(Period period, Optional<String> by);

    /** Interactions within the period on the channels outside the product: support, community and social. */
    List<ChannelTally> channelInteractions(Period period, Optional<String> by);

    /**
     * The customers active during the period (by the workspace's activity basis), each ranked among all of
     * them on each engagement component, with their seats and active users.
     */
    List<CustomerEngagementTally> customerEngagement(Period period, Optional<String> by);
}
