package org.kizuna.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kizuna.domain.Period;
import org.kizuna.generator.GenerationSummary;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.store.Workspace;
import org.kizuna.store.bench.DuckDbFloor;
import org.kizuna.store.importing.ImportReport;
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

        Path data = work.resolve("data");
        long started = System.nanoTime();
        int size = customers == null ? scale.customers : customers;
        if (size < 1) {
            throw new IllegalArgumentException("--customers must be at least 1, not " + size);
        }
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

        Period month = Period.month(Today.lastFullMonth(GenerateCommand.COMPANY_ZONE));
        double floorGroupBy = DuckDbFloor.groupBy(workspace);
        rows.add(metricsRow("metrics, one month", workspace, month, Optional.empty(), floorGroupBy));
        rows.add(metricsRow("metrics, one month by plan", workspace, month, Optional.of("plan"), floorGroupBy));

        System.out.printf(
                Locale.ROOT,
                "Scale %s: %,d customers, %,d events; %d cores, Java %s%n%n",
                customers == null ? scale : "custom",
                size,
                generated.rowsPerTable().getOrDefault("events", 0L),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.print(markdown(rows));
    }

    private static String[] metricsRow(
            String step, Workspace workspace, Period period, Optional<String> by, double floor) {
        long started = System.nanoTime();
        int results = MetricsCommand.compute(workspace, MetricCatalog.all(), period, by)
                .size();
        double seconds = seconds(started);
        return new String[] {
            step, fixed(seconds), fixed(floor) + " (GROUP BY)", ratio(seconds, floor), results + " results"
        };
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
