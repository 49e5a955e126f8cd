package org.kizuna.cli;

import java.io.PrintStream;
import org.kizuna.store.importing.ImportProgress;

/**
 * A one-line progress bar on standard error, drawn only when a person is watching a terminal; silent when
 * output goes to a file or a pipe, so logs stay clean.
 */
public final class ProgressBar implements ImportProgress, AutoCloseable {

    private static final int WIDTH = 24;

    private final PrintStream out;
    private final long started = System.nanoTime();
    private boolean drawn;

    private ProgressBar(PrintStream out) {
        this.out = out;
    }

    /**
     * A bar on standard error when it is a terminal. Java cannot ask that of standard error itself, so the
     * {@code kizuna} launcher tells it through the {@code kizuna.stderr.terminal} property; without the
     * launcher, a console on standard input and output stands in.
     */
    public static ProgressBar onTerminal() {
        String told = System.getProperty("kizuna.stderr.terminal");
        boolean terminal = told != null ? Boolean.parseBoolean(told) : System.console() != null;
        return new ProgressBar(terminal ? System.err : null);
    }

    @Override
    public void step(int step, int steps, String what) {
        if (out == null) {
            return;
        }
        int filled = steps == 0 ? WIDTH : Math.min(WIDTH, WIDTH * (step - 1) / steps);
        String bar = "█".repeat(filled) + "░".repeat(WIDTH - filled);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String line = String.format("\r%s %d/%d %4ds  %s", bar, step, steps, seconds, what);
        out.print(line.length() > 100 ? line.substring(0, 100) : line + " ".repeat(100 - line.length()));
        out.flush();
        drawn = true;
    }

    @Override
    public void close() {
        if (out != null && drawn) {
            out.print("\r" + " ".repeat(100) + "\r");
            out.flush();
        }
    }
}
