package org.kizuna.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kizuna.domain.Granularity;
import org.kizuna.domain.Period;
import org.kizuna.generator.GenerationSummary;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.store.Workspace;
import org.kizuna.store.bench.DuckDbFloor;
import org.kizuna.store.importing.ImportReport;
import org.kizuna.store.query.QueryTiming;
import org.kizuna.store.query.StoreMetricInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures generation, import and metrics at a chosen scale, each beside DuckDB's own floor for the same
 * work in the same run, and prints the figures as a Markdown table.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark generation, import and metrics against DuckDB's floor for the same work.",
            "Scales: S = 10,000 customers (~1.2 M events), M = 100,000 (~12 M), L = 1,000,000 (~120 M)."
        })
final class BenchCommand implements Callable<Integer> {

    enum Scale {
        S(10_000),
        M(100_000),
        L(1_000_000);

        final int customers;

        Scale(int customers) {
            this.customers = customers;
        }
    }

    @Option(names = "--scale", defaultValue = "S", description = "S, M or L (default: ${DEFAULT-VALUE})")
    Scale scale;

    @Option(names = "--dir", description = "work folder (default: a temporary folder, removed afterwards)")
    Path dir;

    @Option(
            names = "--workspace",
            paramLabel = "W",
            description = "measure only the metrics, on this existing workspace (nothing generated or imported)")
    Path existing;

    @Option(names = "--customers", paramLabel = "N", description = "customers instead of the scale's (for a quick run)")
    Integer customers;

    @Override
    public Integer call() throws Exception {
        Path work = dir == null ? MetricsCommand.createTemporaryFolder() : Files.createDirectories(dir);
        try {
            run(work);
            return 0;
        } finally {
            if (dir == null) {
                MetricsCommand.delete(work);
            }
        }
    }

    private void run(Path work) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"step", "Kizuna (s)", "DuckDB floor (s)", "ratio", "work"});
        String heading;
        Workspace workspace;
        if (existing != null) {
            workspace = Workspace.open(existing);
            heading = "Workspace " + existing.getFileName();
        } else {
            int size = customers == null ? scale.customers : customers;
            if (size < 1) {
                throw new IllegalArgumentException("--customers must be at least 1, not " + size);
            }
            workspace = generateAndImport(work, size, rows);
            heading = String.format(Locale.ROOT, "Scale %s: %,d customers", customers == null ? scale : "custom", size);
        }
        heading += String.format(
                Locale.ROOT,
                ", %,d events; %d cores, Java %s, heap at most %,d MiB",
                DuckDbFloor.rows(workspace, "events"),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);

        YearMonth last = Today.lastFullMonth(workspace.settings().timeZone());
        Period month = Period.month(last);
        List<Period> year = Period.series(Period.month(last.minusMonths(11)), month, Granularity.MONTH);
        resetPeakHeap();
        Measured oneMonth = catalogue(workspace, List.of(month), Optional.empty());
        Map<String, Double> floorMonth = DuckDbFloor.catalogue(workspace, List.of(month), Optional.empty());
        rows.add(catalogueRow("whole catalogue, one month", oneMonth, floorMonth));
        Measured byPlan = catalogue(workspace, List.of(month), Optional.of("plan"));
        Map<String, Double> floorByPlan = DuckDbFloor.catalogue(workspace, List.of(month), Optional.of("plan"));
        rows.add(catalogueRow("whole catalogue, one month by plan", byPlan, floorByPlan));
        Measured twelve = catalogue(workspace, year, Optional.empty());
        Map<String, Double> floorYear = DuckDbFloor.catalogue(workspace, year, Optional.empty());
        rows.add(catalogueRow("whole catalogue, 12 months", twelve, floorYear));
        long peakHeap = peakHeap();

        System.out.println(heading);
        System.out.println();
        System.out.print(markdown(rows));
        System.out.printf(Locale.ROOT, "%nPeak heap while computing the metrics: %,d MiB.%n%n", peakHeap >> 20);
        System.out.println("Where the time goes (whole catalogue, one month and 12 months):");
        System.out.println();
        System.out.print(markdown(timings(oneMonth, twelve)));
        System.out.println();
        System.out.println("The floor's queries (one month and 12 months):");
        System.out.println();
        System.out.print(markdown(floorTimings(floorMonth, floorYear)));
    }

    private Workspace generateAndImport(Path work, int size, List<String[]> rows) {
        Path data = work.resolve("data");
        long started = System.nanoTime();
        GenerationSummary generated = GenerateCommand.generate(size, 24, 42, data);
        double generate = seconds(started);
        long allRows = generated.rowsPerTable().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        rows.add(new String[] {"generate", fixed(generate), "", "", String.format(Locale.ROOT, "%,d rows", allRows)});

        // The floor runs before and after the import and the import is compared with their mean, so that
        // drift over the run (the disk still writing back the earlier files) weighs on both sides alike.
        double floorBefore = DuckDbFloor.readCsv(data, work.resolve("floor-before.duckdb"));
        Workspace workspace = Workspace.init(
                work.resolve("workspace"), InitCommand.settings("JPY", GenerateCommand.COMPANY_ZONE.getId(), "en"));
        started = System.nanoTime();
        ImportReport report = ImportCommand.run(workspace, data, false, null);
        double imported = seconds(started);
        double floorAfter = DuckDbFloor.readCsv(data, work.resolve("floor-after.duckdb"));
        double floorRead = (floorBefore + floorAfter) / 2;
        rows.add(new String[] {
            "import (checked, all or nothing)",
            fixed(imported),
            fixed(floorRead) + " (read_csv; " + fixed(floorBefore) + " before, " + fixed(floorAfter) + " after)",
            ratio(imported, floorRead),
            String.format(Locale.ROOT, "%,d tables", report.tables().size())
        });
        return workspace;
    }

    /** The catalogue computed as {@code kizuna metrics} computes it: period by period, one set of inputs each. */
    private record Measured(double seconds, int results, Map<String, QueryTiming> timings) {}

    private static Measured catalogue(Workspace workspace, List<Period> periods, Optional<String> by) {
        Map<String, QueryTiming> timings = new LinkedHashMap<>();
        int results = 0;
        long started = System.nanoTime();
        for (Period period : periods) {
            // Nothing kept between runs: the bench measures the queries, not reading their kept rows.
            try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, Map.of(), false)) {
                results += new MetricsEngine()
                        .compute(new MetricRequest(period, by, workspace.settings()), MetricCatalog.all(), inputs)
                        .size();
                for (QueryTiming timing : inputs.timings()) {
                    timings.merge(timing.query(), timing, QueryTiming::plus);
                }
            }
        }
        return new Measured(seconds(started), results, timings);
    }

    private static String[] catalogueRow(String step, Measured measured, Map<String, Double> floorQueries) {
        double floor = sum(floorQueries);
        return new String[] {
            step,
            fixed(measured.seconds()),
            fixed(floor) + " (" + floorQueries.size() + " aggregate queries)",
            ratio(measured.seconds(), floor),
            measured.results() + " results"
        };
    }

    private static List<String[]> timings(Measured month, Measured year) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"query", "one month (s)", "share", "12 months (s)", "runs in 12 months"});
        List<QueryTiming> slowestFirst = new ArrayList<>(month.timings().values());
        slowestFirst.sort(Comparator.comparingLong(QueryTiming::nanos).reversed());
        double total = month.seconds();
        for (QueryTiming timing : slowestFirst) {
            QueryTiming inYear = year.timings().get(timing.query());
            rows.add(new String[] {
                timing.query(),
                fixed(timing.seconds()),
                String.format(Locale.ROOT, "%.0f %%", 100 * timing.seconds() / total),
                inYear == null ? "" : fixed(inYear.seconds()),
                inYear == null ? "" : Integer.toString(inYear.runs())
            });
        }
        return rows;
    }

    private static List<String[]> floorTimings(Map<String, Double> month, Map<String, Double> year) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"floor query", "one month (s)", "", "12 months (s)", ""});
        for (Map.Entry<String, Double> query : month.entrySet()) {
            rows.add(new String[] {
                query.getKey(), fixed(query.getValue()), "", fixed(year.getOrDefault(query.getKey(), 0.0)), ""
            });
        }
        return rows;
    }

    private static double sum(Map<String, Double> seconds) {
        return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    // The sum of each heap pool's peak: at least the heap's true peak, since the pools peak at different times.
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static String markdown(List<String[]> rows) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            text.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
            if (r == 0) {
                text.append("|---|---:|---:|---:|---|\n");
            }
        }
        return text.toString();
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static String fixed(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds);
    }

    private static String ratio(double measured, double floor) {
        return floor <= 0 ? "" : String.format(Locale.ROOT, "%.2f×", measured / floor);
    }
}
