package org.kizuna.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Runs the {@code kizuna} command line in this process and returns what it printed on standard output. */
final class CommandLineOutput {

    private CommandLineOutput() {}

    static synchronized String of(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status;
        try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            status = WebMain.run(args);
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status)
                .as("exit status of kizuna %s; printed:%n%s", String.join(" ", args), printed)
                .isZero();
        return printed;
    }

    /** Checks that the API answered 200 in JSON with exactly what the command line prints for the command. */
    static void assertSameAs(HttpResponse<String> response, String... command) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo(of(command));
    }
}
