package org.kizuna.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.Metric;
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
public final class MetricsCommand implements Callable<Integer> {

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
        MetricsQuery query = new MetricsQuery(period, series, every, where, by, metricIds);
        query.metrics();
        if (source.workspace != null) {
            print(Workspace.open(source.workspace), query);
            return 0;
        }
        Path temporary = createTemporaryFolder();
        try {
            Workspace workspace =
                    Workspace.init(temporary.resolve("workspace"), InitCommand.settings(null, null, language));
            ImportCommand.run(workspace, source.data, false, null);
            print(workspace, query);
            return 0;
        } finally {
            delete(temporary);
        }
    }

    private void print(Workspace workspace, MetricsQuery query) {
        Language lang = Language.of(language == null ? workspace.settings().language() : language);
        List<MetricResult> results = query.results(workspace);
        String output = switch (format) {
            case JSON -> MetricsJson.write(results);
            case CSV -> MetricsCsv.write(results);
            case TABLE -> MetricsTable.write(results, lang);
        };
        System.out.print(output);
    }

    public static List<MetricResult> compute(
            Workspace workspace, List<Metric> metrics, Period period, Optional<String> by) {
        return compute(workspace, metrics, period, by, Map.of());
    }

    /** The metrics over the customers the filter keeps, each result's segment naming the filter too. */
    public static List<MetricResult> compute(
            Workspace workspace, List<Metric> metrics, Period period, Optional<String> by, Map<String, String> where) {
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, where)) {
            return new MetricsEngine()
                    .compute(new MetricRequest(period, by, workspace.settings()), metrics, inputs).stream()
                            .map(result -> result.within(where))
                            .toList();
        }
    }

    /**
     * Prepares the computation of the metrics for periods one after another (a report's twelve months): computes
     * the last of them as {@link #compute} does, every query that can count several periods in one pass over its
     * tables counting all of them and keeping each one's rows ({@link StoreMetricInputs#countTogether}).
     * Computing the other periods afterwards then reads most of their tallies.
     *
     * @param periods periods each starting the day after the one before it ends
     */
    public static void prepare(
            Workspace workspace, List<Metric> metrics, List<Period> periods, Map<String, String> where) {
        if (periods.size() < 2) {
            return;
        }
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, where)) {
            inputs.countTogether(periods);
            new MetricsEngine()
                    .compute(
                            new MetricRequest(periods.get(periods.size() - 1), Optional.empty(), workspace.settings()),
                            metrics,
                            inputs);
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
