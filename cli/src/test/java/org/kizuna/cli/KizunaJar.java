package org.kizuna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shaded, runnable {@code kizuna.jar} as a separate process, the way a user runs it, with a fixed
 * "today" and an English, UTF-8 locale so that results do not depend on the machine.
 */
final class KizunaJar {

    /** Longest any single command may take before the test gives up on it. */
    static final Duration TIMEOUT = Duration.ofMinutes(4);

    private KizunaJar() {}

    /**
     * What a finished command printed and how it ended.
     *
     * @param exitCode the process's exit status
     * @param out standard output
     * @param err standard error
     */
    record Outcome(int exitCode, String out, String err) {

        /** Asserts a zero exit status, showing everything the command printed when it is not. */
        Outcome succeeded() {
            assertThat(exitCode)
                    .as("exit status; stdout:%n%s%nstderr:%n%s", out, err)
                    .isZero();
            return this;
        }

        Outcome printedNoStackTrace() {
            assertThat(out + err).doesNotContain("\tat org.", "\tat java.").doesNotContain("Exception");
            return this;
        }
    }

    static Path jar() {
        Path jar =
                Path.of(System.getProperty("kizuna.jar", "target/kizuna.jar")).toAbsolutePath();
        assertThat(jar)
                .as("the runnable jar, built by the package phase before integration tests")
                .isRegularFile();
        return jar;
    }

    /**
     * A process builder for {@code java -jar kizuna.jar ARGS} in the folder, with KIZUNA_TODAY set. The process's
     * temporary files go to a folder inside it, so that a killed process leaves nothing behind elsewhere.
     */
    static ProcessBuilder command(Path workingFolder, String today, String... args) {
        Path temporary = workingFolder.resolve(".tmp");
        try {
            Files.createDirectories(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + temporary);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dsun.stdout.encoding=UTF-8");
        command.add("-Dsun.stderr.encoding=UTF-8");
        command.add("-Duser.language=en");
        command.add("-Duser.country=US");
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile());
        builder.environment().put("KIZUNA_TODAY", today);
        builder.environment().remove("KIZUNA_DEBUG");
        return builder;
    }

    /** Runs a command to its end and returns what it printed. */
    static Outcome run(Path workingFolder, String today, String... args) {
        try {
            Files.createDirectories(workingFolder);
            Process process = command(workingFolder, today, args).start();
            process.getOutputStream().close();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("kizuna " + String.join(" ", args) + " did not finish within " + TIMEOUT);
            }
            return new Outcome(process.exitValue(), out.get(), err.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }

    /** Reads a stream to its end on a thread of its own, so that neither pipe can fill and stall the process. */
    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try (stream) {
                        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                task -> {
                    Thread thread = new Thread(task, "kizuna-output");
                    thread.setDaemon(true);
                    thread.start();
                });
    }
}
