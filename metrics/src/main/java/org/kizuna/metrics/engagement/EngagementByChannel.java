package org.kizuna.metrics.engagement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.kizuna.metrics.ActivityCounts;
import org.kizuna.metrics.ActivityTally;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;

/**
 * Engagement by channel: how often (interactions per active customer) and how widely (the share of active
 * customers reached) customers interact on each channel (001): the product (events), email (sessions an email
 * prompted), support (tickets opened), community (activities) and social (mentions attributed to a customer).
 * The value is all interactions per active customer. A channel whose input the workspace lacks altogether is
 * "no data" and counts nowhere, rather than 0.
 */
public final class EngagementByChannel implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "engagement_by_channel",
            Family.ENGAGEMENT,
            "チャネル別エンゲージメント",
            "Engagement by channel",
            Unit.PER_CUSTOMER,
            "チャネル（製品、メール、サポート、コミュニティ、ソーシャル）ごとの、期間中のやり取りの数（頻度）、アクティブな顧客あたりの数、"
                    + "やり取りのあった顧客の割合（深さ）。値は全チャネルのやり取り数 ÷ 期間中にアクティブな顧客数。",
            "per channel (product, email, support, community, social): interactions in the period, interactions"
                    + " per active customer (frequency) and the share of active customers with any (depth); the"
                    + " value is all interactions / customers active during the period.",
            List.of("001"),
            true);

    /** One channel's interactions within a segment. */
    private record Interactions(long interactions, long customers) {}

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        Set<InteractionChannel> recorded = inputs.engagement().recordedChannels();
        List<ActivityTally> activity = inputs.activity(request.period(), request.by());
        List<SessionTally> sessions = inputs.engagement().sessions(request.period(), request.by());
        List<ChannelTally> channels = inputs.engagement().channelInteractions(request.period(), request.by());
        String convention = "product = events; email = sessions prompted_by email (also counted as product events);"
                + " support = tickets opened; community = community rows; social = mentions with a customer_id; all"
                + " timestamped within the period, from every customer, active or not; per customer and reach divide"
                + " by customers active during the period; "
                + inputs.activityBasis().describe();
        List<String> values = Stream.of(
                        activity.stream().map(ActivityTally::segmentValue),
                        sessions.stream().map(SessionTally::segmentValue),
                        channels.stream().map(ChannelTally::segmentValue))
                .flatMap(stream -> stream)
                .toList();
        return Segmentation.segments(request, values).stream()
                .map(segment -> result(
                        request,
                        segment,
                        ActivityCounts.of(Segmentation.rowsIn(segment, activity, ActivityTally::segmentValue))
                                .activeDuring(),
                        Segmentation.rowsIn(segment, sessions, SessionTally::segmentValue),
                        Segmentation.rowsIn(segment, channels, ChannelTally::segmentValue),
                        recorded,
                        convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request,
            Segment segment,
            long activeCustomers,
            List<SessionTally> sessions,
            List<ChannelTally> channels,
            Set<InteractionChannel> recorded,
            String convention) {
        String currency = request.settings().reportingCurrency();
        Parts parts = new Parts(currency);
        long total = 0;
        for (InteractionChannel channel : InteractionChannel.values()) {
            String key = channel.key();
            if (!recorded.contains(channel)) {
                parts.figure(key + "_interactions", Unit.COUNT, null)
                        .figure(key + "_per_customer", Unit.PER_CUSTOMER, null)
                        .figure(key + "_reach_pct", Unit.PERCENT, null);
                continue;
            }
            Interactions interactions = interactions(channel, sessions, channels);
            total += interactions.interactions();
            parts.count(key + "_interactions", interactions.interactions())
                    .figure(
                            key + "_per_customer",
                            Unit.PER_CUSTOMER,
                            Ratio.of(interactions.interactions(), activeCustomers)
                                    .value())
                    .figure(
                            key + "_reach_pct",
                            Unit.PERCENT,
                            Ratio.of(interactions.customers(), activeCustomers).percent());
        }
        parts.count("active_customers", activeCustomers);
        return DEFINITION.result(
                request,
                segment,
                recorded.isEmpty() ? null : Ratio.of(total, activeCustomers).value(),
                parts.asMap(),
                recorded.isEmpty() ? null : BigDecimal.valueOf(total),
                BigDecimal.valueOf(activeCustomers),
                convention);
    }

    private static Interactions interactions(
            InteractionChannel channel, List<SessionTally> sessions, List<ChannelTally> channels) {
        return switch (channel) {
            case PRODUCT ->
                new Interactions(
                        sessions.stream().mapToLong(SessionTally::events).sum(),
                        sessions.stream().mapToLong(SessionTally::customers).sum());
            case EMAIL ->
                new Interactions(
                        sessions.stream().mapToLong(SessionTally::emailSessions).sum(),
                        sessions.stream()
                                .mapToLong(SessionTally::emailCustomers)
                                .sum());
            default ->
                new Interactions(
                        channels.stream()
                                .filter(row -> row.channel() == channel)
                                .mapToLong(ChannelTally::interactions)
                                .sum(),
                        channels.stream()
                                .filter(row -> row.channel() == channel)
                                .mapToLong(ChannelTally::customers)
                                .sum());
        };
    }
}
