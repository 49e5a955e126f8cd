package org.kizuna.metrics.advocacy;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;

/**
 * Social media reach and engagement: the mentions posted in the period, with their likes, shares and comments
 * and the mentions of each channel. Mentions by the public (no customer) count in the whole base and, in a
 * breakdown by a customer attribute, in the segment without a value. Can be broken down by channel.
 */
public final class SocialMetrics implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "social_metrics",
            Family.ADVOCACY,
            "ソーシャルメディア指標",
            "Social media reach and engagement",
            Unit.COUNT,
            "期間中に投稿された言及の件数と、そのいいね・シェア・コメントの数。チャネル別の言及件数も示す。",
            "mentions posted in the period, with their likes, shares and comments, and the mentions per channel.",
            List.of("001", "002"),
            true,
            Set.of("channel"));

    private static final String CONVENTION = "mentions posted in the period (posted_at), customers' and the"
            + " public's alike; a missing like, share or comment count is 0; channel parts are named"
            + " channel_<name>_mentions, <name> being the channel NFKC-normalised, lower-cased, each run of"
            + " characters other than letters and digits made one underscore and trimmed (\"other\" if nothing"
            + " is left); channels with the same name are added together; no mentions is no data";

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<MentionTally> rows = inputs.advocacy().mentions(request.period(), request.by());
        return Segmentation.slices(request, rows, MentionTally::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), slice.rows()))
                .toList();
    }

    /** The channel as a part name's snake_case middle, as the convention states. */
    static String partName(String channel) {
        String snake = Normalizer.normalize(channel, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "_")
                .replaceAll("^_|_$", "");
        return snake.isEmpty() ? "other" : snake;
    }

    private static MetricResult result(MetricRequest request, Segment segment, List<MentionTally> rows) {
        long mentions = 0;
        long likes = 0;
        long shares = 0;
        long comments = 0;
        Map<String, Long> byChannel = new TreeMap<>();
        for (MentionTally row : rows) {
            mentions += row.mentions();
            likes += row.likes();
            shares += row.shares();
            comments += row.comments();
            byChannel.merge(partName(row.channel()), row.mentions(), Long::sum);
        }
        Parts parts = new Parts(request.settings().reportingCurrency())
                .count("likes", likes)
                .count("shares", shares)
                .count("comments", comments);
        byChannel.forEach((channel, count) -> parts.count("channel_" + channel + "_mentions", count));
        return DEFINITION.result(
                request,
                segment,
                mentions > 0 ? AdvocacyResults.count(mentions) : null,
                parts.asMap(),
                null,
                null,
                CONVENTION);
    }
}
