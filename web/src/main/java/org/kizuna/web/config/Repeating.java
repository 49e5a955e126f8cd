package org.kizuna.web.config;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.SmartLifecycle;

/**
 * Work the server does on a thread of its own rather than a request's: {@link #runOnce()} once at start and then
 * again each {@code every} after the last run ended, until the server stops, and besides when {@link #runSoon()}
 * asks for it.
 */
public abstract class Repeating implements SmartLifecycle {

    private final String threadName;
    private final Duration every;
    private final AtomicBoolean soon = new AtomicBoolean();
    private ScheduledExecutorService executor;

    protected Repeating(String threadName, Duration every) {
        this.threadName = threadName;
        this.every = every;
    }

    /** One run; what it throws is its own to report, since the next run comes regardless. */
    protected abstract void runOnce();

    protected Duration every() {
        return every;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs once more as soon as the thread is free, without waiting for the next turn: after the run under way,
     * if any. A run asked for and not yet started is not asked for again. Nothing happens while stopped.
     */
    public synchronized void runSoon() {
        if (executor != null && soon.compareAndSet(false, true)) {
            executor.execute(() -> {
                soon.set(false);
                runOnce();
            });
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
