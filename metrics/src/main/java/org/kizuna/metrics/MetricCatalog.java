package org.kizuna.metrics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.kizuna.metrics.retention.ChurnRate;
import org.kizuna.metrics.retention.RetentionRate;
import org.kizuna.metrics.revenue.AverageRevenuePerAccount;
import org.kizuna.metrics.revenue.MonthlyRecurringRevenue;
import org.kizuna.metrics.revenue.MrrMovements;
import org.kizuna.metrics.voice.CustomerEffortScore;
import org.kizuna.metrics.voice.CustomerSatisfaction;
import org.kizuna.metrics.voice.NetPromoterScore;

/**
 * The metrics Kizuna computes, listed explicitly in the catalogue's order (a metric exists when it is listed
 * here, not when a class happens to be on the classpath). Catalogue entries not yet implemented are absent.
 */
public final class MetricCatalog {

    private static final List<Metric> METRICS = List.of(
            new NetPromoterScore(),
            new CustomerSatisfaction(),
            new CustomerEffortScore(),
            new ChurnRate(),
            new RetentionRate(),
            new MonthlyRecurringRevenue(),
            new AverageRevenuePerAccount(),
            new MrrMovements());

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
