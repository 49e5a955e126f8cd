package org.kizuna.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.kizuna.domain.Granularity;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.store.Workspace;
import org.kizuna.store.query.StoreMetricInputs;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Computes metrics for a period, optionally broken down by a customer attribute. */
@Command(
        name = "metrics",
        mixinStandardHelpOptions = true,
        description = "Compute metrics for a period, for the whole customer base and optionally per segment.")
final class MetricsCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--workspace", paramLabel = "W", description = "the workspace folder")
        Path workspace;

        @Option(names = "--data", paramLabel = "DIR", description = "a data set to import into a temporary workspace")
        Path data;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(
            names = "--period",
            paramLabel = "P",
            description =
                    "2024-06, 2024-Q2, 2024-W23, 2024, 2024-06-15 or 2024-04-01..2024-05-15 (default: last full month)")
    String period;

    @Option(
            names = "--series",
            paramLabel = "FROM..TO",
            description =
                    "a series of consecutive periods instead of one, e.g. 2024-01..2024-12 or 2024-01-01..2024-03-31")
    String series;

    @Option(
            names = "--every",
            defaultValue = "month",
            paramLabel = "STEP",
            description = "the series' step: day, week, month, quarter or year (default: ${DEFAULT-VALUE})")
    String every;

    @Option(
            names = "--where",
            paramLabel = "ATTR=VALUE",
            description = "only customers whose attribute has the value; repeat to narrow further")
    Map<String, String> where = new LinkedHashMap<>();

    @Option(
            names = "--by",
            paramLabel = "ATTR",
            description = "break down by a customer attribute (plan, region, signup_cohort, referred, …), or by"
                    + " touchpoint or channel for the metrics whose rows carry one")
    String by;

    @Option(names = "--metric", split = ",", paramLabel = "ID", description = "metric ids (default: all)")
    List<String> metricIds;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--lang", description = "ja or en (default: the workspace's language)")
    String language;

    @Override
    public Integer call() {
        List<Metric> metrics = breakingDown(metricIds == null ? MetricCatalog.all() : MetricCatalog.select(metricIds));
        if (source.workspace != null) {
            print(Workspace.open(source.workspace), metrics);
            return 0;
        }
        Path temporary = createTemporaryFolder();
        try {
            Workspace workspace =
                    Workspace.init(temporary.resolve("workspace"), InitCommand.settings(null, null, language));
            ImportCommand.run(workspace, source.data, false, null);
            print(workspace, metrics);
            return 0;
        } finally {
            delete(temporary);
        }
    }

    private void print(Workspace workspace, List<Metric> metrics) {
        Language lang = Language.of(language == null ? workspace.settings().language() : language);
        List<MetricResult> results = new ArrayList<>();
        for (Period chosen : periods(workspace)) {
            results.addAll(compute(workspace, metrics, chosen, Optional.ofNullable(by), where));
        }
        String output = switch (format) {
            case JSON -> MetricsJson.write(results);
            case CSV -> MetricsCsv.write(results);
            case TABLE -> MetricsTable.write(results, lang);
        };
        System.out.print(output);
    }

    /**
     * The metrics that can be broken down as asked: all of them for a customer attribute; for a row attribute
     * (touchpoint, channel) those whose rows carry it, and a named metric that cannot is an error.
     */
    private List<Metric> breakingDown(List<Metric> metrics) {
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
                    .collect(java.util.stream.Collectors.joining(", "));
            throw new IllegalArgumentException(
                    cannot + " cannot be broken down by " + by + "; metrics that can: " + String.join(", ", whichCan));
        }
        return able;
    }

    /** The one period asked for (the last full month by default), or each period of the series. */
    private List<Period> periods(Workspace workspace) {
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
        Granularity step = switch (every.strip().toLowerCase(Locale.ROOT)) {
            case "day" -> Granularity.DAY;
            case "week" -> Granularity.WEEK;
            case "month" -> Granularity.MONTH;
            case "quarter" -> Granularity.QUARTER;
            case "year" -> Granularity.YEAR;
            default ->
                throw new IllegalArgumentException(
                        "--every \"" + every + "\" is not day, week, month, quarter or year");
        };
        return Period.series(Period.parse(series.substring(0, dots)), Period.parse(series.substring(dots + 2)), step);
    }

    static List<MetricResult> compute(Workspace workspace, List<Metric> metrics, Period period, Optional<String> by) {
        return compute(workspace, metrics, period, by, Map.of());
    }

    /** The metrics over the customers the filter keeps, each result's segment naming the filter too. */
    static List<MetricResult> compute(
            Workspace workspace, List<Metric> metrics, Period period, Optional<String> by, Map<String, String> where) {
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, where)) {
            return new MetricsEngine()
                    .compute(new MetricRequest(period, by, workspace.settings()), metrics, inputs).stream()
                            .map(result -> result.within(where))
                            .toList();
        }
    }

    enum OutputFormat {
        TABLE,
        JSON,
        CSV;
    }

    static Path createTemporaryFolder() {
        try {
            return Files.createTempDirectory("kizuna");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("note: could not remove the temporary folder " + folder + ": " + e.getMessage());
        }
    }
}
