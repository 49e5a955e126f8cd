package org.kizuna.web.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-loop load: requests sent on the clock at a fixed rate, each at its appointed time whether or not
 * the earlier ones have been answered, as independent people would send them. A request's latency runs from
 * its appointed time to its answer, so a server that falls behind is charged for the wait it causes.
 */
final class OpenLoad {

    /**
     * What the load did.
     *
     * @param sent the requests sent
     * @param outcomes what they got
     * @param latencies from the appointed time to the whole answer, of every request (failed ones included)
     * @param seconds from the first appointed time to the last answer
     */
    record Result(long sent, Outcomes outcomes, Latencies latencies, double seconds) {

        /** Requests answered per second, from the first appointed time to the last answer. */
        double throughput() {
            return sent / seconds;
        }
    }

    private OpenLoad() {}

    /** Sends {@code count} requests at {@code perSecond}, the i-th made by {@code request}, and waits for every answer. */
    static Result run(HttpClient client, int count, double perSecond, IntFunction<HttpRequest> request) {
        Outcomes outcomes = new Outcomes(true);
        Latencies latencies = new Latencies();
        List<CompletableFuture<Void>> answers = new ArrayList<>(count);
        long interval = Math.round(1e9 / perSecond);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            HttpRequest next = request.apply(i);
            long appointed = start + i * interval;
            for (long wait = appointed - System.nanoTime(); wait > 0; wait = appointed - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            answers.add(client.sendAsync(next, HttpResponse.BodyHandlers.ofString())
                    .handle((response, error) -> {
                        latencies.add(System.nanoTime() - appointed);
                        if (error == null) {
                            outcomes.answered(response.statusCode(), response.body());
                        } else {
                            outcomes.failed(error);
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        return new Result(count, outcomes, latencies, (System.nanoTime() - start) / 1e9);
    }
}
