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

    /** The instant column each span placeholder of the usage queries reads. */
    private static final Map<String, String> EVENT_SPANS = Map.of("events_span", "e.occurred_at");

    private static final Map<String, String> CHANNEL_SPANS =
            Map.of("tickets_span", "opened_at", "community_span", "occurred_at", "social_span", "posted_at");

    private static final Map<String, String> CUSTOMER_SPANS = Map.of(
            "events_span", "occurred_at",
            "community_span", "occurred_at",
            "social_span", "posted_at",
            "tickets_span", "opened_at");

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

    private Map<String, String> eventValues(List<Period> spans) {
        return runner.spanValues(spans, EVENT_SPANS);
    }

    // Each span's active customers, numbered as the spans are.
    private Map<String, String> customerValues(List<Period> spans) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("active", runner.activeDuringSpans(spans));
        values.putAll(runner.spanValues(spans, CUSTOMER_SPANS));
        return values;
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
        if (spans.size() == 1) {
            // One span, as for a month: other months can be counted in the same pass (countTogether).
            runner.query(ACTIVE_USERS, this::activeUserValues, spans.get(0), by, EVENT_CHANNEL, reader(spans, tallies));
            return tallies;
        }
        // A span counted alone already, as a year's months kept alongside, is read; the others counted together.
        List<Period> counted = new ArrayList<>();
        for (Period span : spans) {
            if (!runner.readKept(
                    ACTIVE_USERS, activeUserValues(List.of(span)), by, EVENT_CHANNEL, reader(List.of(span), tallies))) {
                counted.add(span);
            }
        }
        if (!counted.isEmpty()) {
            runner.query(ACTIVE_USERS, activeUserValues(counted), by, EVENT_CHANNEL, reader(counted, tallies));
        }
        return tallies;
    }

    // Reads a tally of one of the spans the query was given, by its number.
    private static QueryRunner.RowReader reader(List<Period> spans, List<ActiveUserTally> tallies) {
        return r -> tallies.add(new ActiveUserTally(
                r.getString(1),
                spans.get(r.getInt(2)),
                r.getLong(3),
                r.getLong(4),
                r.getLong(5),
                r.getLong(6),
                r.getLong(7)));
    }

    // The spans as (span, first, last) rows, with the range of days and instants that holds them all.
    private Map<String, String> activeUserValues(List<Period> spans) {
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
        return values;
    }

    @Override
    public List<SessionTally> sessions(Period period, Optional<String> by) {
        List<SessionTally> tallies = new ArrayList<>();
        runner.query(
                SESSIONS,
                this::eventValues,
                period,
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
                this::eventValues,
                period,
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
                this::eventValues,
                period,
                by,
                Map.of(),
                r -> tallies.add(new FeatureTally(r.getString(1), r.getString(2), r.getLong(3))));
        return tallies;
    }

    @Override
    public List<ChannelTally> channelInteractions(Period period, Optional<String> by) {
        List<ChannelTally> tallies = new ArrayList<>();
        runner.query(
                CHANNELS,
                spans -> runner.spanValues(spans, CHANNEL_SPANS),
                period,
                by,
                Map.of(),
                r -> tallies.add(new ChannelTally(
                        r.getString(1),
                        InteractionChannel.valueOf(r.getString(2).toUpperCase(Locale.ROOT)),
                        r.getLong(3),
                        r.getLong(4))));
        return tallies;
    }

    @Override
    public List<CustomerEngagementTally> customerEngagement(Period period, Optional<String> by) {
        List<CustomerEngagementTally> tallies = new ArrayList<>();
        runner.query(
                CUSTOMERS,
                this::customerValues,
                period,
                by,
                Map.of(),
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
