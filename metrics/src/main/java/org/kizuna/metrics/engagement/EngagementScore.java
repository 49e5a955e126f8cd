package org.kizuna.metrics.engagement;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.kizuna.domain.MetricConventions;
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
 * Engagement score: per customer active during the period, a 0–100 composite of usage frequency, breadth,
 * social activity and support-request frequency (000, 002), with the workspace's weights; the value is its mean
 * over the active customers. Each component scores the customer's percentile rank among all the active
 * customers in scope, so that components on different scales add up and segments compare against one base.
 * The mean of a weighted sum being the weighted sum of the means, the store returns each component's summed
 * ranks and the weights are applied here.
 */
public final class EngagementScore implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "engagement_score",
            Family.ENGAGEMENT,
            "顧客エンゲージメント",
            "Engagement score",
            Unit.SCORE,
            "期間中にアクティブな顧客ごとに、使用頻度（セッション数）、幅（使った機能の数）、ソーシャル活動（コミュニティ活動とソーシャルメンション）、"
                    + "サポートリクエストの頻度（チケット数）を、アクティブな顧客の中でのパーセンタイル順位（0〜100）にし、設定の重みで加重平均した"
                    + "合成スコア。値はアクティブな顧客の平均。",
            "per customer active during the period, the weighted mean (workspace weights) of its percentile"
                    + " rank (0–100) among the active customers on usage frequency (sessions), breadth (distinct"
                    + " features used), social activity (community activities and social mentions) and"
                    + " support-request frequency (tickets opened); the value is the mean over active customers.",
            List.of("000", "002"),
            true);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A component of the score: its settings key, what it counts and the channels that feed it. */
    private enum Component {
        FREQUENCY(
                "frequency",
                "sessions",
                CustomerEngagementTally::sessions,
                CustomerEngagementTally::sessionsBelow,
                Set.of(InteractionChannel.PRODUCT)),
        BREADTH(
                "breadth",
                "features",
                CustomerEngagementTally::features,
                CustomerEngagementTally::featuresBelow,
                Set.of(InteractionChannel.PRODUCT)),
        SOCIAL(
                "social",
                "social_activities",
                CustomerEngagementTally::socialActivities,
                CustomerEngagementTally::socialBelow,
                Set.of(InteractionChannel.COMMUNITY, InteractionChannel.SOCIAL)),
        SUPPORT(
                "support",
                "tickets",
                CustomerEngagementTally::tickets,
                CustomerEngagementTally::ticketsBelow,
                Set.of(InteractionChannel.SUPPORT));

        private final String key;
        private final String counted;
        private final ToLongFunction<CustomerEngagementTally> count;
        private final ToLongFunction<CustomerEngagementTally> below;
        private final Set<InteractionChannel> channels;

        Component(
                String key,
                String counted,
                ToLongFunction<CustomerEngagementTally> count,
                ToLongFunction<CustomerEngagementTally> below,
                Set<InteractionChannel> channels) {
            this.key = key;
            this.counted = counted;
            this.count = count;
            this.below = below;
            this.channels = channels;
        }

        boolean recordedIn(Set<InteractionChannel> recorded) {
            return channels.stream().anyMatch(recorded::contains);
        }
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        Set<InteractionChannel> recorded = inputs.engagement().recordedChannels();
        List<Component> used = Arrays.stream(Component.values())
                .filter(component -> component.recordedIn(recorded))
                .toList();
        Map<String, BigDecimal> weights = request.settings().conventions().engagementWeights();
        List<CustomerEngagementTally> rows = inputs.engagement().customerEngagement(request.period(), request.by());
        long ranked =
                rows.stream().mapToLong(CustomerEngagementTally::customers).sum();
        String convention = convention(ranked, used, weights) + "; "
                + inputs.activityBasis().describe();
        return Segmentation.slices(request, rows, CustomerEngagementTally::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), slice.rows(), ranked, used, weights, convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request,
            Segment segment,
            List<CustomerEngagementTally> rows,
            long ranked,
            List<Component> used,
            Map<String, BigDecimal> weights,
            String convention) {
        String currency = request.settings().reportingCurrency();
        long customers =
                rows.stream().mapToLong(CustomerEngagementTally::customers).sum();
        Map<Component, BigDecimal> scores = new EnumMap<>(Component.class);
        for (Component component : used) {
            scores.put(component, meanRank(rows, component, ranked, customers));
        }
        Parts parts = new Parts(currency).count("customers", customers);
        for (Component component : Component.values()) {
            parts.figure(component.key + "_score", Unit.SCORE, scores.get(component));
        }
        for (Component component : Component.values()) {
            long count = rows.stream().mapToLong(component.count).sum();
            parts.figure(
                    component.counted + "_per_customer",
                    Unit.PER_CUSTOMER,
                    used.contains(component) ? Ratio.of(count, customers).value() : null);
        }
        return DEFINITION.result(
                request,
                segment,
                weightedMean(scores, weights),
                parts.asMap(),
                null,
                BigDecimal.valueOf(customers),
                convention);
    }

    /** Σ weight × score / Σ weight over the components used; no data when any of them has none. */
    private static BigDecimal weightedMean(Map<Component, BigDecimal> scores, Map<String, BigDecimal> weights) {
        if (scores.isEmpty() || scores.containsValue(null)) {
            return null;
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Component, BigDecimal> score : scores.entrySet()) {
            BigDecimal weight = weights.get(score.getKey().key);
            weighted = weighted.add(weight.multiply(score.getValue()));
            total = total.add(weight);
        }
        return new Ratio(weighted, total).value();
    }

    /**
     * The segment's mean percentile rank on a component: each customer scores 100 × the active customers with a
     * strictly lower value / (active customers − 1); null with fewer than two customers to rank.
     */
    private static BigDecimal meanRank(
            List<CustomerEngagementTally> rows, Component component, long ranked, long customers) {
        long below = rows.stream().mapToLong(component.below).sum();
        return new Ratio(
                        HUNDRED.multiply(BigDecimal.valueOf(below)),
                        BigDecimal.valueOf(ranked - 1).multiply(BigDecimal.valueOf(customers)))
                .value();
    }

    private static String convention(long ranked, List<Component> used, Map<String, BigDecimal> weights) {
        String components = used.isEmpty()
                ? "no component has any input in the workspace"
                : used.stream()
                        .map(component -> component.key + " "
                                + weights.get(component.key)
                                        .stripTrailingZeros()
                                        .toPlainString())
                        .collect(Collectors.joining(", ", "weights ", " divided by their sum"));
        List<String> left = MetricConventions.ENGAGEMENT_COMPONENTS.stream()
                .filter(key -> used.stream().noneMatch(component -> component.key.equals(key)))
                .toList();
        return "each component scores the customer's percentile rank among the " + ranked + " customers active"
                + " during the period in scope: 100 × those with a strictly lower value / (" + ranked + " − 1), ties"
                + " sharing the lowest rank (percent_rank), no data with fewer than two; frequency = sessions,"
                + " breadth = distinct features, social = community activities + social mentions, support = tickets"
                + " opened, more tickets ranking higher (support contact counts as engagement, as 000 lists it); "
                + components
                + (left.isEmpty()
                        ? ""
                        : "; left out for lack of any input in the workspace: " + String.join(", ", left))
                + "; value = mean over the active customers of their weighted scores";
    }
}
