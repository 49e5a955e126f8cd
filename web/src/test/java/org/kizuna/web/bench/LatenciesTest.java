package org.kizuna.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreTheNearestRank() {
        Latencies latencies = new Latencies();
        // 1 to 10 ms, recorded out of order.
        for (int millis : new int[] {7, 3, 10, 1, 9, 2, 8, 4, 6, 5}) {
            latencies.add(millis * 1_000_000L);
        }
        assertThat(latencies.count()).isEqualTo(10);
        // p50: rank ceil(0.50 × 10) = 5, the 5th smallest = 5 ms
        assertThat(latencies.percentile(50)).isEqualTo(5.0);
        // p95: rank ceil(0.95 × 10) = ceil(9.5) = 10 → 10 ms
        assertThat(latencies.percentile(95)).isEqualTo(10.0);
        // p91: rank ceil(9.1) = 10 → 10 ms; p90: rank 9 → 9 ms
        assertThat(latencies.percentile(91)).isEqualTo(10.0);
        assertThat(latencies.percentile(90)).isEqualTo(9.0);
        // p1: rank ceil(0.1) = 1 → 1 ms
        assertThat(latencies.percentile(1)).isEqualTo(1.0);
        assertThat(latencies.max()).isEqualTo(10.0);
    }

    @Test
    void nothingRecordedIsZeroAndMergingKeepsEveryLatency() {
        Latencies empty = new Latencies();
        assertThat(empty.percentile(95)).isZero();
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        // 2,000 latencies of 1 ms in a, 1 of 50 ms in b: 2,001 in all, so the array must grow past 1,024.
        for (int i = 0; i < 2_000; i++) {
            a.add(1_000_000L);
        }
        b.add(50_000_000L);
        a.addAll(b);
        assertThat(a.count()).isEqualTo(2_001);
        // p99: rank ceil(0.99 × 2,001) = ceil(1,980.99) = 1,981 ≤ 2,000 → 1 ms; max 50 ms
        assertThat(a.percentile(99)).isEqualTo(1.0);
        assertThat(a.max()).isEqualTo(50.0);
    }
}
