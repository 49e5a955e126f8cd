package org.kizuna.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.kizuna.cli.DemoWorkspace;
import org.kizuna.cli.FiguresAhead;
import org.kizuna.cli.MetricsCommand;
import org.kizuna.cli.Today;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.store.Workspace;
import org.kizuna.store.bench.DuckDbFloor;
import org.kizuna.store.query.StoreMetricInputs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kizuna bench-report}: how long a full-catalogue report takes in each format, against a baseline in
 * the same run — the whole catalogue computed for one month, as {@code kizuna metrics} computes it — and against
 * DuckDB's floor for the aggregates of the report's periods.
 */
@Command(
        name = "bench-report",
        mixinStandardHelpOptions = true,
        description = "Time a full-catalogue report of a year in every format, against computing one month and"
                + " DuckDB's floor for the same periods.")
public final class ReportBenchCommand implements Callable<Integer> {

    /** The goal for one report, computing and writing, in seconds. */
    static final double GOAL_SECONDS = 10;

    @Option(
            names = "--workspace",
            paramLabel = "W",
            description = "the workspace to report on; made from a demo company of --customers when it does not exist"
                    + " (default: ${DEFAULT-VALUE})",
            defaultValue = "bench-report-workspace")
    Path workspace;

    @Option(
            names = "--customers",
            defaultValue = "100000",
            description = "customers of a demo company made for the bench (default: ${DEFAULT-VALUE}, scale M)")
    int customers;

    @Option(
            names = "--period",
            paramLabel = "P",
            description = "the period reported (default: the twelve months ending with the last full month)")
    String period;

    @Option(names = "--lang", defaultValue = "ja", description = "ja or en (default: ${DEFAULT-VALUE})")
    String language;

    @Option(names = "--out", paramLabel = "DIR", description = "keep the reports in this folder (default: none kept)")
    Path out;

    @Override
    public Integer call() throws IOException {
        Workspace opened = CommandLine.populateCommand(
                        new DemoWorkspace(),
                        "--workspace",
                        workspace.toString(),
                        "--customers",
                        Integer.toString(customers),
                        "--lang",
                        "en")
                .prepare();
        YearMonth lastFull = Today.lastFullMonth(opened.settings().timeZone());
        // By default a year's span of the newest data: a calendar year would measure more or less data by the
        // time of year (a growing company's last full year holds a fraction of its latest twelve months' rows).
        Period chosen = period == null ? FiguresAhead.lastTwelveMonths(lastFull) : Period.parse(period);
        Period month = Period.month(YearMonth.from(chosen.last()));
        List<String[]> rows = new ArrayList<>();

        // Every step starts from nothing kept, as after new data, except the one that measures a report made again.
        StoreMetricInputs.forgetKept(opened);
        System.out.println("Baseline: the whole catalogue for " + month.label() + " …");
        long started = System.nanoTime();
        try (StoreMetricInputs inputs = new StoreMetricInputs(opened, Map.of(), false)) {
            new MetricsEngine()
                    .compute(
                            new MetricRequest(month, Optional.empty(), opened.settings()), MetricCatalog.all(), inputs);
        }
        double baseline = seconds(started);
        rows.add(row(
                "baseline: whole catalogue, one month (" + month.label() + "), every query run", baseline, baseline));

        List<Period> periods = FiguresAhead.reportPeriods(chosen);
        Timed<Integer> floor = timed("DuckDB's floor for the report's periods", () -> floor(opened, chosen));
        rows.add(row(
                "floor: the same " + periods.size() + " periods' aggregates by hand in DuckDB (" + floor.value()
                        + " passes)",
                floor.seconds(),
                baseline));

        ReportRequest request = new ReportRequest(chosen, Map.of(), null, null, null, Language.of(language));
        Timed<Report> made = timed(
                "Computing the report of " + chosen.label(),
                () -> ReportBuilder.of(opened).build(request));
        double first = made.seconds();
        rows.add(row(
                "computing the report (" + made.value().metrics().size() + " metrics, " + periods.size()
                        + " periods), nothing kept",
                first,
                baseline));

        made = timed(
                "Computing it again, the tables unchanged",
                () -> ReportBuilder.of(opened).build(request));
        double again = made.seconds();
        rows.add(row("computing it again, tables unchanged (their tallies kept)", again, baseline));

        // As after an import with --prepare, or once the server has computed the figures ahead of the new data.
        StoreMetricInputs.forgetKept(opened);
        Timed<List<Period>> ahead = timed(
                "Computing the figures ahead, as after new data",
                () -> FiguresAhead.compute(opened, MetricsCommand::compute, MetricCatalog.all(), lastFull));
        rows.add(row(
                "computing the figures ahead (" + ahead.value().size() + " periods), as import --prepare does",
                ahead.seconds(),
                baseline));
        made = timed(
                "Computing the report after them",
                () -> ReportBuilder.of(opened).build(request));
        double prepared = made.seconds();
        rows.add(row(
                "computing the report after them" + (ahead.value().containsAll(periods) ? "" : " (not all among them)"),
                prepared,
                baseline));
        Report report = made.value();

        for (ReportFormat format : ReportFormat.values()) {
            System.out.println("Writing " + format.extension() + " …");
            started = System.nanoTime();
            long bytes = write(report, format);
            double writing = seconds(started);
            rows.add(row("writing " + format.extension() + " (" + bytes / 1024 + " KiB)", writing, baseline));
            rows.add(row(
                    "report as " + format.extension() + ", first: computing and writing" + goal(first + writing),
                    first + writing,
                    baseline));
            rows.add(row(
                    "report as " + format.extension() + ", again: computing and writing" + goal(again + writing),
                    again + writing,
                    baseline));
            rows.add(row(
                    "report as " + format.extension() + ", after the figures ahead" + goal(prepared + writing),
                    prepared + writing,
                    baseline));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-72s | %9s | %11s |%n", "step", "seconds", "× baseline");
        System.out.printf(Locale.ROOT, "|%s|%s|%s|%n", "-".repeat(74), "-".repeat(10) + ":", "-".repeat(12) + ":");
        for (String[] row : rows) {
            System.out.printf(Locale.ROOT, "| %-72s | %9s | %11s |%n", row[0], row[1], row[2]);
        }
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "The report with nothing kept took %.2f× DuckDB's floor for the same periods.%n",
                first / floor.seconds());
        return 0;
    }

    /**
     * DuckDB's floor for the aggregates of a report's periods ({@link DuckDbFloor#catalogue}): each period outside
     * the series in a pass of its own over each table, the series' twelve months together in one, as the report
     * counts them together.
     *
     * @return the passes over each table
     */
    private static int floor(Workspace workspace, Period period) {
        List<Period> series = FiguresAhead.series(period);
        int passes = 1;
        for (Period one : FiguresAhead.reportPeriods(period)) {
            if (!series.contains(one)) {
                DuckDbFloor.catalogue(workspace, List.of(one), Optional.empty());
                passes++;
            }
        }
        DuckDbFloor.catalogue(workspace, series, Optional.empty());
        return passes;
    }

    /** What a step gave and how long it took. */
    private record Timed<T>(T value, double seconds) {}

    // Runs a step, saying what it does first.
    private static <T> Timed<T> timed(String saying, Supplier<T> step) {
        System.out.println(saying + " …");
        long started = System.nanoTime();
        T value = step.get();
        return new Timed<>(value, seconds(started));
    }

    private static String goal(double seconds) {
        return seconds <= GOAL_SECONDS ? " (goal ≤ 10 s: met)" : " (goal ≤ 10 s: missed)";
    }

    private long write(Report report, ReportFormat format) throws IOException {
        if (out == null) {
            CountingStream counting = new CountingStream();
            ReportFiles.writer(format, false).write(report, counting);
            return counting.count;
        }
        Path file = out.resolve("report-" + report.period().label() + "." + format.extension());
        ReportFiles.write(report, ReportFiles.writer(format, false), file);
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] row(String step, double seconds, double baseline) {
        return new String[] {
            step, String.format(Locale.ROOT, "%.2f", seconds), String.format(Locale.ROOT, "%.2f×", seconds / baseline)
        };
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Counts what a writer writes without keeping it. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
