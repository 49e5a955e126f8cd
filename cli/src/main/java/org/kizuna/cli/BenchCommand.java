package org.kizuna.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Measures generation, import and metrics against DuckDB's own floor for the same work. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark import and metrics against DuckDB's floor.")
final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new IllegalArgumentException("bench is not built yet");
    }
}
