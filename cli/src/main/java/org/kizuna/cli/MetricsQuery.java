package org.kizuna.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kizuna.domain.Granularity;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricResult;
import org.kizuna.store.Workspace;

/**
 * What {@code kizuna metrics} is asked, as text the way a user writes it: the command line and the web API
 * read their arguments into this and get the same results, so that they print the same JSON.
 *
 * @param period one period, e.g. {@code 2024-06}; null for the last full month (or when a series is given)
 * @param series consecutive periods {@code FROM..TO} instead of one, or null
 * @param every the series' step: day, week, month, quarter or year; null for month
 * @param where customer attributes and the values the customers must have
 * @param by the attribute to break down by, or null
 * @param metricIds the metric ids, or null for the whole catalogue
 */
public record MetricsQuery(
        String period, String series, String every, Map<String, String> where, String by, List<String> metricIds) {

    /** Computes the metrics of one period over the customers a filter keeps, broken down by an attribute. */
    @FunctionalInterface
    public interface Computation {
        List<MetricResult> compute(
                Workspace workspace,
                List<Metric> metrics,
                Period period,
                Optional<String> by,
                Map<String, String> where);
    }

    public MetricsQuery {
        where = where == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(where));
        metricIds = metricIds == null ? null : List.copyOf(metricIds);
    }

    /** The results as {@code kizuna metrics} computes them: every metric of the first period, then the next. */
    public List<MetricResult> results(Workspace workspace) {
        return results(workspace, MetricsCommand::compute);
    }

    /** The results, each period's computed by the given computation (which may remember earlier ones). */
    public List<MetricResult> results(Workspace workspace, Computation computation) {
        List<Metric> metrics = metrics();
        List<MetricResult> results = new ArrayList<>();
        for (Period chosen : periods(workspace)) {
            results.addAll(computation.compute(workspace, metrics, chosen, Optional.ofNullable(by), where));
        }
        return results;
    }

    /**
     * The metrics that can be broken down as asked: all of them for a customer attribute; for a row attribute
     * (touchpoint, channel) those whose rows carry it, and a named metric that cannot is an error.
     */
    public List<Metric> metrics() {
        List<Metric> metrics = metricIds == null ? MetricCatalog.all() : MetricCatalog.select(metricIds);
        if (by == null) {
            return metrics;
        }
        List<Metric> able = metrics.stream()
                .filter(metric -> metric.definition().breaksDownBy(by))
                .toList();
        if (able.size() == metrics.size()) {
            return metrics;
        }
        List<String> whichCan = MetricCatalog.all().stream()
                .filter(metric -> metric.definition().rowSegments().contains(by))
                .map(metric -> metric.definition().id())
                .toList();
        if (metricIds != null || able.isEmpty()) {
            String cannot = metrics.stream()
                    .filter(metric -> !metric.definition().breaksDownBy(by))
                    .map(metric -> metric.definition().id())
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException(
                    cannot + " cannot be broken down by " + by + "; metrics that can: " + String.join(", ", whichCan));
        }
        return able;
    }

    /** The one period asked for (the last full month by default), or each period of the series. */
    public List<Period> periods(Workspace workspace) {
        if (series == null) {
            return List.of(
                    period == null
                            ? Period.month(
                                    Today.lastFullMonth(workspace.settings().timeZone()))
                            : Period.parse(period));
        }
        if (period != null) {
            throw new IllegalArgumentException("give either --period or --series, not both");
        }
        int dots = series.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException(
                    "--series \"" + series + "\" is not written FROM..TO, e.g. 2024-01..2024-12");
        }
        return Period.series(
                Period.parse(series.substring(0, dots)), Period.parse(series.substring(dots + 2)), step(every));
    }

    /** A series' step as a user writes it: day, week, month (the default), quarter or year. */
    public static Granularity step(String every) {
        if (every == null) {
            return Granularity.MONTH;
        }
        return switch (every.strip().toLowerCase(Locale.ROOT)) {
            case "day" -> Granularity.DAY;
            case "week" -> Granularity.WEEK;
            case "month" -> Granularity.MONTH;
            case "quarter" -> Granularity.QUARTER;
            case "year" -> Granularity.YEAR;
            default ->
                throw new IllegalArgumentException(
                        "--every \"" + every + "\" is not day, week, month, quarter or year");
        };
    }
}
