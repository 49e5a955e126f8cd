package org.kizuna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line in the test's own process: its exit status and what it printed. */
record InProcessRun(int exitCode, String out, String err) {

    /** Runs the command line, capturing what it prints; no output may hold a stack trace. */
    static InProcessRun kizuna(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream capturedOut = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
                PrintStream capturedErr = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            exitCode = Main.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        InProcessRun run = new InProcessRun(
                exitCode, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        assertThat(run.out() + run.err())
                .as("output of kizuna %s", String.join(" ", args))
                .doesNotContain("\tat org.", "\tat java.", "Exception");
        return run;
    }
}
