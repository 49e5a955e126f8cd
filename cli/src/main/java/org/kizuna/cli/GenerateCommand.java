package org.kizuna.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kizuna.generator.DemoCompanyGenerator;
import org.kizuna.generator.GenerationSummary;
import org.kizuna.generator.GeneratorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a generated demo company as a data set. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description =
                "Write a realistic demo company (a Japanese B2B SaaS) as CSV files in the data format of docs/data-format.md.")
final class GenerateCommand implements Callable<Integer> {

    static final ZoneId COMPANY_ZONE = ZoneId.of("Asia/Tokyo");

    @Option(names = "--customers", required = true, paramLabel = "N", description = "how many customers")
    int customers;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write the files to")
    Path out;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "random seed; the same seed gives the same files (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--months", defaultValue = "24", description = "months of history (default: ${DEFAULT-VALUE})")
    int months;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        GenerationSummary summary = generate(customers, months, seed, out);
        for (Map.Entry<String, Long> table : summary.rowsPerTable().entrySet()) {
            System.out.printf(Locale.ROOT, "%-20s %,12d rows%n", table.getKey(), table.getValue());
        }
        System.out.printf(Locale.ROOT, "Wrote %s in %.1f s%n", out, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** Generates a company whose history ends on the last day of the last full month. */
    static GenerationSummary generate(int customers, int months, long seed, Path out) {
        GeneratorOptions options = new GeneratorOptions(
                customers, months, seed, Today.lastFullMonth(COMPANY_ZONE).atEndOfMonth());
        try {
            return new DemoCompanyGenerator().generate(options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
