package org.kizuna.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.metrics.Segmentation;
import org.kizuna.store.Workspace;
import org.kizuna.store.query.EvidenceTable;
import org.kizuna.store.query.StoreMetricInputs;

/**
 * Where one figure comes from: the metric's definition, its result, and the rows of the workspace each input
 * was counted from. What {@code kizuna explain} prints and the web shows.
 *
 * @param definition the metric's catalogue entry
 * @param result the figure, for the segment asked
 * @param evidence the first rows behind each input, with their totals
 */
public record Explanation(MetricDefinition definition, MetricResult result, List<EvidenceTable> evidence) {

    public Explanation {
        evidence = List.copyOf(evidence);
    }

    /**
     * Explains a metric for a period over the customers of a segment (customer attributes only), with up to
     * {@code rows} rows from each input.
     *
     * @throws IllegalArgumentException for an unknown metric, a row attribute as segment, or rows below 0
     */
    public static Explanation of(
            Workspace workspace, String metricId, Period period, Map<String, String> segment, int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("--rows " + rows + " is below 0");
        }
        Metric metric = checked(metricId, segment);
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, segment)) {
            MetricResult result = new MetricsEngine()
                    .compute(new MetricRequest(period, Optional.empty(), workspace.settings()), List.of(metric), inputs)
                    .get(0)
                    .within(segment);
            return new Explanation(metric.definition(), result, inputs.evidence(rows));
        }
    }

    /**
     * The metric of the id, after checking that the segment names customer attributes only.
     *
     * @throws IllegalArgumentException for an unknown metric or a row attribute as segment
     */
    static Metric checked(String metricId, Map<String, String> segment) {
        Metric metric = MetricCatalog.select(List.of(metricId)).get(0);
        for (String attribute : segment.keySet()) {
            if (!metric.definition().breaksDownBy(attribute) || Segmentation.ROW_ATTRIBUTES.contains(attribute)) {
                throw new IllegalArgumentException("--segment takes customer attributes; " + attribute
                        + " is an attribute of input rows (use kizuna metrics --by " + attribute + ")");
            }
        }
        return metric;
    }

    /** The explanation as {@code kizuna explain --format json} prints it. */
    public String json() {
        return ExplainCommand.json(definition, result, evidence);
    }
}
