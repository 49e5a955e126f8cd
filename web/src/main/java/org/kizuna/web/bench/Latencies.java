package org.kizuna.web.bench;

import java.util.Arrays;

/** The latencies of one load, recorded from any thread, and their percentiles by nearest rank. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    synchronized void add(long latencyNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latencyNanos;
    }

    synchronized void addAll(Latencies other) {
        long[] theirs = other.sorted();
        for (long latency : theirs) {
            add(latency);
        }
    }

    synchronized int count() {
        return size;
    }

    /**
     * The latency at the percentile, in milliseconds, by nearest rank: the smallest recorded latency that at
     * least {@code percent} % of the latencies do not exceed; 0 when nothing was recorded.
     */
    double percentile(double percent) {
        long[] sorted = sorted();
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }

    double max() {
        return percentile(100);
    }

    private synchronized long[] sorted() {
        long[] copy = Arrays.copyOf(nanos, size);
        Arrays.sort(copy);
        return copy;
    }
}
