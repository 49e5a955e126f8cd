package org.kizuna.metrics;

import java.math.BigDecimal;
import java.util.List;

/**
 * Computes a list of metrics for one request, asking the store for each distinct input only once, and
 * measures each result against the workspace's target for its metric. It adds no rule of its own: every
 * figure comes from the metric that owns it.
 */
public final class MetricsEngine {

    /** Each metric's results in the order the metrics were given, each metric's segments in its own order. */
    public List<MetricResult> compute(MetricRequest request, List<Metric> metrics, MetricInputs inputs) {
        MetricInputs memoised = MemoisedInputs.over(inputs);
        return metrics.stream()
                .flatMap(metric -> {
                    BigDecimal target =
                            request.settings().targets().get(metric.definition().id());
                    return metric.compute(request, memoised).stream()
                            .map(result -> target == null
                                    ? result
                                    : result.against(target, metric.definition().higherIsBetter()));
                })
                .toList();
    }
}
