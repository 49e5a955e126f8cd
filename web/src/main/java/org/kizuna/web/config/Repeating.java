package org.kizuna.web.config;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Work the server does on a thread of its own rather than a request's: {@link #runOnce()} once at start and then
 * again each {@code every} after the last run ended, until the server stops.
 */
public abstract class Repeating implements SmartLifecycle {

    private final String threadName;
    private final Duration every;
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
