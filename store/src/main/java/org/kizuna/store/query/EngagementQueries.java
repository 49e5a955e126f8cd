package org.kizuna.store.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kizuna.domain.Period;
import org.kizuna.metrics.ValueCount;
import org.kizuna.metrics.engagement.ActiveUserTally;
import org.kizuna.metrics.engagement.ChannelTally;
import org.kizuna.metrics.engagement.CustomerEngagementTally;
import org.kizuna.metrics.engagement.EngagementInputs;
import org.kizuna.metrics.engagement.FeatureTally;
import org.kizuna.metrics.engagement.InteractionChannel;
import org.kizuna.metrics.engagement.SessionTally;

/**
 * The engagement family's inputs, each one aggregate query over the workspace's tables and at most one pass
 * over the period's events. The product-usage queries can be broken down by an event's channel.
 */
final class EngagementQueries implements EngagementInputs {

    private static final SqlTemplate ACTIVE_USERS = SqlTemplate.load("engagement_active_users.sql");
    private static final SqlTemplate SESSIONS = SqlTemplate.load("engagement_sessions.sql");
    private static final SqlTemplate SESSION_DURATIONS = SqlTemplate.load("engagement_session_durations.sql");
    private static final SqlTemplate FEATURES = SqlTemplate.load("engagement_features.sql");
    private static final SqlTemplate CHANNELS = SqlTemplate.load("engagement_channels.sql");
    private static final SqlTemplate CUSTOMERS = SqlTemplate.load("engagement_customers.sql");

    private static final Map<String, String> EVENT_CHANNEL = Map.of("channel", "e.channel");

    /** The table that records each channel's interactions. */
    private static final Map<InteractionChannel, String> CHANNEL_TABLES = Map.of(
            InteractionChannel.PRODUCT, "events",
            InteractionChannel.EMAIL, "events",
            InteractionChannel.SUPPORT, "tickets",
            InteractionChannel.COMMUNITY, "community",
            InteractionChannel.SOCIAL, "social");

    private final QueryRunner runner;

    EngagementQueries(QueryRunner runner) {
        this.runner = runner;
    }

    @Override
    public Set<InteractionChannel> recordedChannels() {
        Set<InteractionChannel> recorded = EnumSet.noneOf(InteractionChannel.class);
        Map<String, Boolean> tables = new LinkedHashMap<>();
        for (InteractionChannel channel : InteractionChannel.values()) {
            String table = CHANNEL_TABLES.get(channel);
            if (tables.computeIfAbsent(table, runner::exists)) {
                recorded.add(channel);
            }
        }
        return recorded;
    }

    @Override
    public List<ActiveUserTally> activeUsers(List<Period> spans, Optional<String> by) {
        List<ActiveUserTally> tallies = new ArrayList<>();
        if (spans.isEmpty()) {
            return tallies;
        }
        LocalDate first =
                spans.stream().map(Period::first).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last =
                spans.stream().map(Period::last).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", runner.startOf(first));
        values.put("until", runner.startOf(last.plusDays(1)));
        values.put("day", runner.localDay("e.occurred_at", first, last.plusDays(1)));
        values.put(
                "spans",
                IntStream.range(0, spans.size())
                        .mapToObj(i -> String.format(
                                Locale.ROOT,
                                "(%d, DATE '%s', DATE '%s')",
                                i,
                                spans.get(i).first(),
                                spans.get(i).last()))
                        .collect(Collectors.joining(", ")));
        runner.query(
                ACTIVE_USERS,
                values,
                by,
                EVENT_CHANNEL,
                r -> tallies.add(new ActiveUserTally(
                        r.getString(1),
                        spans.get(r.getInt(2)),
                        r.getLong(3),
                        r.getLong(4),
                        r.getLong(5),
                        r.getLong(6),
                        r.getLong(7))));
        return tallies;
    }

    @Override
    public List<SessionTally> sessions(Period period, Optional<String> by) {
        List<SessionTally> tallies = new ArrayList<>();
        runner.query(
                SESSIONS,
                runner.periodValues(period),
                by,
                EVENT_CHANNEL,
                r -> tallies.add(new SessionTally(
                        r.getString(1),
                        r.getLong(2),
                        r.getLong(3),
                        r.getLong(4),
                        r.getLong(5),
                        r.getLong(6),
                        r.getLong(7),
                        r.getLong(8))));
        return tallies;
    }

    @Override
    public List<ValueCount> sessionDurations(Period period, Optional<String> by) {
        List<ValueCount> counts = new ArrayList<>();
        runner.query(
                SESSION_DURATIONS,
                runner.periodValues(period),
                by,
                EVENT_CHANNEL,
                r -> counts.add(new ValueCount(r.getString(1), r.getBigDecimal(2), r.getLong(3))));
        return counts;
    }

    @Override
    public List<FeatureTally> featureUse(Period period, Optional<String> by) {
        List<FeatureTally> tallies = new ArrayList<>();
        runner.query(
                FEATURES,
                runner.periodValues(period),
                by,
                r -> tallies.add(new FeatureTally(r.getString(1), r.getString(2), r.getLong(3))));
        return tallies;
    }

    @Override
    public List<ChannelTally> channelInteractions(Period period, Optional<String> by) {
        List<ChannelTally> tallies = new ArrayList<>();
        runner.query(
                CHANNELS,
                runner.periodValues(period),
                by,
                r -> tallies.add(new ChannelTally(
                        r.getString(1),
                        InteractionChannel.valueOf(r.getString(2).toUpperCase(Locale.ROOT)),
                        r.getLong(3),
                        r.getLong(4))));
        return tallies;
    }

    @Override
    public List<CustomerEngagementTally> customerEngagement(Period period, Optional<String> by) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("active", runner.activeDuring(period));
        values.putAll(runner.periodValues(period));
        List<CustomerEngagementTally> tallies = new ArrayList<>();
        runner.query(
                CUSTOMERS,
                values,
                by,
                r -> tallies.add(new CustomerEngagementTally(
                        r.getString(1),
                        r.getLong(2),
                        r.getLong(3),
                        r.getLong(4),
                        r.getLong(5),
                        r.getLong(6),
                        r.getLong(7),
                        r.getLong(8),
                        r.getLong(9),
                        r.getLong(10),
                        r.getLong(11),
                        r.getLong(12),
                        r.getLong(13))));
        return tallies;
    }
}
