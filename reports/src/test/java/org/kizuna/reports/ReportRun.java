package org.kizuna.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.kizuna.cli.Main;
import picocli.CommandLine;

/** One run of the command line with {@code report}, in the test's process: exit status and what it printed. */
public record ReportRun(int exitCode, String out, String err) {

    public static ReportRun kizuna(String... args) {
        java.io.PrintStream out = System.out;
        java.io.PrintStream errStream = System.err;
        java.io.ByteArrayOutputStream outBytes = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream errBytes = new java.io.ByteArrayOutputStream();
        int exitCode;
        try {
            System.setOut(new java.io.PrintStream(outBytes, true, java.nio.charset.StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(errBytes, true, java.nio.charset.StandardCharsets.UTF_8));
            // The command line's writers are made with it, on the streams of that moment.
            CommandLine commandLine = Main.replaceSubcommand(Main.commandLine(), "report", new ReportCommand());
            exitCode = commandLine.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(errStream);
        }
        ReportRun run = new ReportRun(
                exitCode,
                outBytes.toString(java.nio.charset.StandardCharsets.UTF_8),
                errBytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(run.out() + run.err())
                .as("output of kizuna %s", String.join(" ", args))
                .doesNotContain("\tat org.", "\tat java.", "Exception");
        return run;
    }
}
