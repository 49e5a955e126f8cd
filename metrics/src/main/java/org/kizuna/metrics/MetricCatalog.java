package org.kizuna.metrics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.kizuna.metrics.advocacy.AdvocacyMetrics;
import org.kizuna.metrics.engagement.EngagementMetrics;
import org.kizuna.metrics.retention.ChurnRate;
import org.kizuna.metrics.retention.RetentionMetrics;
import org.kizuna.metrics.retention.RetentionRate;
import org.kizuna.metrics.revenue.AverageRevenuePerAccount;
import org.kizuna.metrics.revenue.MonthlyRecurringRevenue;
import org.kizuna.metrics.revenue.MrrMovements;
import org.kizuna.metrics.revenue.ValueMetrics;
import org.kizuna.metrics.support.SupportMetrics;
import org.kizuna.metrics.voice.CustomerEffortScore;
import org.kizuna.metrics.voice.CustomerSatisfaction;
import org.kizuna.metrics.voice.NetPromoterScore;
import org.kizuna.metrics.voice.VoiceMetrics;

/**
 * The metrics Kizuna computes, listed explicitly in the catalogue's order (a metric exists when it is listed
 * here, not when a class happens to be on the classpath): each family lists its own in the catalogue's order.
 */
public final class MetricCatalog {

    private static final List<Metric> METRICS = Stream.of(
                    List.of(new NetPromoterScore(), new CustomerSatisfaction(), new CustomerEffortScore()),
                    VoiceMetrics.ALL,
                    List.of(new ChurnRate(), new RetentionRate()),
                    RetentionMetrics.ALL,
                    List.of(new MonthlyRecurringRevenue(), new AverageRevenuePerAccount(), new MrrMovements()),
                    ValueMetrics.ALL,
                    EngagementMetrics.ALL,
                    SupportMetrics.ALL,
                    AdvocacyMetrics.ALL)
            .flatMap(List::stream)
            .toList();

    private MetricCatalog() {}

    public static List<Metric> all() {
        return METRICS;
    }

    public static List<String> ids() {
        return METRICS.stream().map(metric -> metric.definition().id()).toList();
    }

    public static Optional<Metric> find(String id) {
        return METRICS.stream()
                .filter(metric -> metric.definition().id().equals(id))
                .findFirst();
    }

    /**
     * The metrics with the given ids, in the order asked, each once.
     *
     * @throws IllegalArgumentException naming the first unknown id and listing the known ones
     */
    public static List<Metric> select(List<String> ids) {
        return new LinkedHashSet<>(ids)
                .stream().map(id -> find(id).orElseThrow(() -> unknown(id))).toList();
    }

    private static IllegalArgumentException unknown(String id) {
        return new IllegalArgumentException(
                "unknown metric \"" + id + "\"; known metrics: " + String.join(", ", ids()));
    }
}
