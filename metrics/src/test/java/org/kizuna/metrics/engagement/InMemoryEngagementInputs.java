package org.kizuna.metrics.engagement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.kizuna.domain.Period;
import org.kizuna.metrics.ValueCount;

/**
 * The engagement family's port over tally rows held in memory; without rows every input is empty. Like the
 * store it gives every row a null segment value when no breakdown is asked for, unless the test gave the whole
 * base's rows of its own ({@code withWholeBase…}), as the store does for a breakdown by an event's channel, where
 * segments overlap. Adding rows records the channels they come from (usage rows: product and email); {@link
 * #recording} records channels without rows.
 */
public final class InMemoryEngagementInputs implements EngagementInputs {

    /** The rows of one tally, for a breakdown and for the whole base. */
    private static final class Rows<T> {
        private final List<T> rows = new ArrayList<>();
        private final List<T> wholeBase = new ArrayList<>();
        private final UnaryOperator<T> withoutSegment;

        Rows(UnaryOperator<T> withoutSegment) {
            this.withoutSegment = withoutSegment;
        }

        List<T> answer(Optional<String> by) {
            if (by.isPresent()) {
                return List.copyOf(rows);
            }
            return wholeBase.isEmpty() ? rows.stream().map(withoutSegment).toList() : List.copyOf(wholeBase);
        }
    }

    private final EnumSet<InteractionChannel> recorded = EnumSet.noneOf(InteractionChannel.class);
    private final Rows<ActiveUserTally> activeUsers = new Rows<>(row -> new ActiveUserTally(
            null, row.span(), row.users(), row.userDays(), row.repeatUsers(), row.customers(), row.customerDays()));
    private final Rows<SessionTally> sessions = new Rows<>(row -> new SessionTally(
            null,
            row.customers(),
            row.events(),
            row.sessions(),
            row.promptedSessions(),
            row.selfInitiatedCustomers(),
            row.emailSessions(),
            row.emailCustomers()));
    private final Rows<ValueCount> durations = new Rows<>(row -> new ValueCount(null, row.value(), row.count()));
    private final Rows<FeatureTally> features =
            new Rows<>(row -> new FeatureTally(null, row.feature(), row.customers()));
    private final Rows<ChannelTally> channels =
            new Rows<>(row -> new ChannelTally(null, row.channel(), row.interactions(), row.customers()));
    private final Rows<CustomerEngagementTally> customers = new Rows<>(row -> new CustomerEngagementTally(
            null,
            row.customers(),
            row.sessions(),
            row.features(),
            row.socialActivities(),
            row.tickets(),
            row.sessionsBelow(),
            row.featuresBelow(),
            row.socialBelow(),
            row.ticketsBelow(),
            row.seatedCustomers(),
            row.seats(),
            row.seatedUsers()));
    private final Map<String, Integer> queries = new HashMap<>();
    private List<Period> spansAsked = List.of();

    /** Channels whose input holds rows, though perhaps none of this period. */
    public InMemoryEngagementInputs recording(InteractionChannel... channels) {
        recorded.addAll(Arrays.asList(channels));
        return this;
    }

    public InMemoryEngagementInputs withActiveUsers(ActiveUserTally... rows) {
        return addUsage(activeUsers.rows, rows);
    }

    public InMemoryEngagementInputs withWholeBaseActiveUsers(ActiveUserTally... rows) {
        return addUsage(activeUsers.wholeBase, rows);
    }

    public InMemoryEngagementInputs withSessions(SessionTally... rows) {
        return addUsage(sessions.rows, rows);
    }

    public InMemoryEngagementInputs withWholeBaseSessions(SessionTally... rows) {
        return addUsage(sessions.wholeBase, rows);
    }

    public InMemoryEngagementInputs withDurations(ValueCount... rows) {
        return addUsage(durations.rows, rows);
    }

    public InMemoryEngagementInputs withFeatures(FeatureTally... rows) {
        return addUsage(features.rows, rows);
    }

    public InMemoryEngagementInputs withChannels(ChannelTally... rows) {
        channels.rows.addAll(Arrays.asList(rows));
        Arrays.stream(rows).map(ChannelTally::channel).forEach(recorded::add);
        return this;
    }

    /** Customer rows; the channels that feed the components are recorded with {@link #recording}. */
    public InMemoryEngagementInputs withCustomers(CustomerEngagementTally... rows) {
        customers.rows.addAll(Arrays.asList(rows));
        return this;
    }

    /** How many times an input was asked for, by its method's name. */
    public int queries(String input) {
        return queries.getOrDefault(input, 0);
    }

    /** The spans the last active-user query asked for. */
    public List<Period> spansAsked() {
        return spansAsked;
    }

    @Override
    public Set<InteractionChannel> recordedChannels() {
        count("recordedChannels");
        return EnumSet.copyOf(recorded);
    }

    @Override
    public List<ActiveUserTally> activeUsers(List<Period> spans, Optional<String> by) {
        count("activeUsers");
        spansAsked = List.copyOf(spans);
        return activeUsers.answer(by).stream()
                .filter(row -> spans.contains(row.span()))
                .toList();
    }

    @Override
    public List<SessionTally> sessions(Period period, Optional<String> by) {
        count("sessions");
        return sessions.answer(by);
    }

    @Override
    public List<ValueCount> sessionDurations(Period period, Optional<String> by) {
        count("sessionDurations");
        return durations.answer(by);
    }

    @Override
    public List<FeatureTally> featureUse(Period period, Optional<String> by) {
        count("featureUse");
        return features.answer(by);
    }

    @Override
    public List<ChannelTally> channelInteractions(Period period, Optional<String> by) {
        count("channelInteractions");
        return channels.answer(by);
    }

    @Override
    public List<CustomerEngagementTally> customerEngagement(Period period, Optional<String> by) {
        count("customerEngagement");
        return customers.answer(by);
    }

    // Rows of the events table: the product and email channels are recorded.
    private <T> InMemoryEngagementInputs addUsage(List<T> list, T[] rows) {
        list.addAll(Arrays.asList(rows));
        recorded.add(InteractionChannel.PRODUCT);
        recorded.add(InteractionChannel.EMAIL);
        return this;
    }

    private void count(String input) {
        queries.merge(input, 1, Integer::sum);
    }
}
