package org.kizuna.web.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.cli.Explanation;
import org.kizuna.cli.MetricsCommand;
import org.kizuna.cli.MetricsQuery;
import org.kizuna.cli.Today;
import org.kizuna.domain.Period;
import org.kizuna.metrics.ActivityTally;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Segmentation;
import org.kizuna.store.Workspace;
import org.kizuna.store.query.StoreMetricInputs;
import org.springframework.stereotype.Service;

/**
 * The figures of the served workspace, computed by the command line's own code so that every page and the
 * API show the same numbers as {@code kizuna metrics}. Results are remembered per period, metrics, breakdown
 * and filter until the database file changes (an import, from this process or another).
 */
@Service
public class MetricsService {

    private static final int REMEMBERED = 512;

    private final Workspace workspace;
    private final Map<Key, List<MetricResult>> remembered = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<MetricResult>> eldest) {
            return size() > REMEMBERED;
        }
    };
    private List<Object> stampOfRemembered = List.of();
    private List<String> attributes;
    private Map<String, List<String>> segmentValues;

    private record Key(List<String> metrics, String period, Optional<String> by, Map<String, String> where) {}

    public MetricsService(Workspace workspace) {
        this.workspace = workspace;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The period pages open on: the last full month in the workspace's time zone. */
    public Period defaultPeriod() {
        return Period.month(Today.lastFullMonth(workspace.settings().timeZone()));
    }

    /** The results of a {@code kizuna metrics} query, as the command line computes them. */
    public List<MetricResult> results(MetricsQuery query) {
        return query.results(workspace, (ws, metrics, period, by, where) -> compute(metrics, period, by, where));
    }

    /** The metrics for one period, remembered. */
    public List<MetricResult> compute(
            List<Metric> metrics, Period period, Optional<String> by, Map<String, String> where) {
        Key key = new Key(
                metrics.stream().map(metric -> metric.definition().id()).toList(),
                period.label(),
                by,
                Map.copyOf(where));
        synchronized (this) {
            forgetIfChanged();
            List<MetricResult> known = remembered.get(key);
            if (known != null) {
                return known;
            }
        }
        List<MetricResult> results = MetricsCommand.compute(workspace, metrics, period, by, where);
        synchronized (this) {
            remembered.put(key, results);
        }
        return results;
    }

    /** Where a figure comes from, with up to {@code rows} rows per input (not remembered: rows are shown once). */
    public Explanation explain(String metricId, Period period, Map<String, String> segment, int rows) {
        return Explanation.of(workspace, metricId, period, segment, rows);
    }

    /** The customer attributes the workspace can be broken down and filtered by. */
    public List<String> customerAttributes() {
        synchronized (this) {
            forgetIfChanged();
            if (attributes != null) {
                return attributes;
            }
        }
        List<String> known;
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            known = inputs.customerAttributes();
        }
        synchronized (this) {
            attributes = known;
        }
        return known;
    }

    /**
     * The values each customer attribute takes in the workspace, sorted, for a filter to offer; an attribute
     * with more than {@code limit} values (an id-like column) is left out.
     */
    public Map<String, List<String>> segmentValues(int limit) {
        synchronized (this) {
            forgetIfChanged();
            if (segmentValues == null) {
                Map<String, List<String>> known = new LinkedHashMap<>();
                try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
                    for (String attribute : inputs.customerAttributes()) {
                        known.put(
                                attribute,
                                inputs.activity(defaultPeriod(), Optional.of(attribute)).stream()
                                        .map(ActivityTally::segmentValue)
                                        .filter(value -> value != null && !value.isBlank())
                                        .distinct()
                                        .sorted()
                                        .toList());
                    }
                }
                segmentValues = known;
            }
        }
        Map<String, List<String>> offered = new LinkedHashMap<>();
        segmentValues.forEach((attribute, values) -> {
            if (!values.isEmpty() && values.size() <= limit) {
                offered.put(attribute, values);
            }
        });
        return offered;
    }

    /** Every attribute a breakdown accepts: the customer attributes, then the attributes of input rows. */
    public List<String> breakdownAttributes() {
        List<String> all = new ArrayList<>(customerAttributes());
        all.addAll(Segmentation.ROW_ATTRIBUTES);
        return all;
    }

    private void forgetIfChanged() {
        List<Object> stamp = stamp();
        if (!stamp.equals(stampOfRemembered)) {
            remembered.clear();
            attributes = null;
            segmentValues = null;
            stampOfRemembered = stamp;
        }
    }

    /** When the database and its write-ahead log last changed, their sizes, and the settings (targets …). */
    private List<Object> stamp() {
        List<Object> stamp = new ArrayList<>(workspace.dataStamp());
        stamp.add(workspace.settings());
        return stamp;
    }
}
