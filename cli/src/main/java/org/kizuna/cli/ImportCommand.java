package org.kizuna.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kizuna.domain.Period;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.ImportReport;
import org.kizuna.store.importing.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports a data set into a workspace. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import a folder of CSV, JSON Lines, Parquet or XLSX files (or one file) into a workspace.",
            "All or nothing: on any problem nothing is written, and every problem is listed as file:line:column."
        })
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, paramLabel = "W", description = "the workspace folder")
    Path workspace;

    @Parameters(index = "0", paramLabel = "DIR", description = "folder (or file) to import")
    Path input;

    @Option(names = "--dry-run", description = "check everything, write nothing")
    boolean dryRun;

    @Option(
            names = "--encoding",
            description = "encoding of CSV files, e.g. Shift_JIS (default: detect UTF-8 or Shift_JIS)")
    String encoding;

    @Option(
            names = "--prepare",
            description = "then compute ahead the figures reports and the dashboard ask for first: every metric of"
                    + " the reports of the last full year, quarter and month and of the last twelve months, with"
                    + " their retention cohorts")
    boolean prepare;

    @Override
    public Integer call() {
        if (prepare && dryRun) {
            throw new IllegalArgumentException(
                    "--prepare computes figures from imported data; a --dry-run imports none");
        }
        Workspace opened = Workspace.open(workspace);
        ImportReport report = run(opened, input, dryRun, encoding);
        print(report);
        if (prepare) {
            long started = System.nanoTime();
            List<Period> periods;
            try (ProgressBar progress = ProgressBar.onTerminal()) {
                periods = FiguresAhead.compute(
                        opened,
                        MetricsCommand::compute,
                        MetricCatalog.all(),
                        Today.lastFullMonth(opened.settings().timeZone()),
                        progress);
            }
            System.out.printf(
                    Locale.ROOT,
                    "Computed the figures of %s ahead in %.1f s.%n",
                    FiguresAhead.describe(periods),
                    (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }

    static ImportReport run(Workspace workspace, Path input, boolean dryRun, String encoding) {
        Optional<Charset> charset = Optional.ofNullable(encoding).map(ImportCommand::charset);
        try (ProgressBar progress = ProgressBar.onTerminal()) {
            return new Importer(workspace).importFrom(input, new ImportOptions(dryRun, charset, progress));
        }
    }

    static void print(ImportReport report) {
        for (String notice : report.notices()) {
            System.err.println("note: " + notice);
        }
        for (ImportReport.TableSummary table : report.tables()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-20s %,12d rows%s  (%s)%n",
                    table.table(),
                    table.rows(),
                    table.replaced() > 0 ? String.format(Locale.ROOT, ", %,d replaced", table.replaced()) : "",
                    table.source());
        }
        System.out.println(report.dryRun() ? "Dry run: the data is valid; nothing was written." : "Imported.");
    }

    private static Charset charset(String name) {
        String normalized = name.strip();
        if (normalized.equalsIgnoreCase("shift_jis")
                || normalized.equalsIgnoreCase("sjis")
                || normalized.equalsIgnoreCase("cp932")) {
            normalized = "windows-31j";
        }
        try {
            return Charset.forName(normalized);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("--encoding: \"" + name + "\" is not an encoding this machine knows");
        }
    }
}
