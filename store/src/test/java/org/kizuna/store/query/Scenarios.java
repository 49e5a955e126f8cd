package org.kizuna.store.query;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kizuna.domain.Period;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.store.Workspace;

/**
 * What the store's scenario tests share: a workspace in the Tokyo time zone with Japanese defaults, and metrics
 * computed on it as the command line computes them, with one set of store inputs per request.
 */
final class Scenarios {

    private Scenarios() {}

    static Workspace tokyoWorkspace(Path folder) {
        return Workspace.init(folder, WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")));
    }

    /** The metrics with these ids, in this order, for the whole base or broken down. */
    static List<MetricResult> compute(Workspace workspace, Period period, Optional<String> by, List<String> ids) {
        return compute(workspace, period, by, Map.of(), MetricCatalog.select(ids));
    }

    /** The metrics over the customers the filter keeps (all of them when it is empty). */
    static List<MetricResult> compute(
            Workspace workspace, Period period, Optional<String> by, Map<String, String> where, List<Metric> metrics) {
        return compute(workspace, workspace.settings(), period, by, where, metrics);
    }

    /** As above, under other settings than the workspace's own (another convention, target or threshold). */
    static List<MetricResult> compute(
            Workspace workspace,
            WorkspaceSettings settings,
            Period period,
            Optional<String> by,
            Map<String, String> where,
            List<Metric> metrics) {
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, where)) {
            return new MetricsEngine().compute(new MetricRequest(period, by, settings), metrics, inputs);
        }
    }
}
