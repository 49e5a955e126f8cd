package org.kizuna.web.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A closed-loop load: each user asks for the next page as soon as the last one has come, cycling through the
 * pages, the i-th user starting at the i-th page so that all pages are asked for at once.
 */
final class ClosedLoad {

    /** What one page got: every latency, and what was not a 200. */
    record Page(Latencies latencies, Outcomes outcomes) {}

    /**
     * What the load did.
     *
     * @param pages per page, in the order given
     * @param seconds from the start to the last answer
     */
    record Result(Map<String, Page> pages, double seconds) {

        long requests() {
            return pages.values().stream().mapToLong(p -> p.latencies().count()).sum();
        }

        Latencies all() {
            Latencies all = new Latencies();
            pages.values().forEach(page -> all.addAll(page.latencies()));
            return all;
        }

        long errors() {
            return pages.values().stream().mapToLong(p -> p.outcomes().failed()).sum();
        }
    }

    private ClosedLoad() {}

    static Result run(List<SignedInUser> users, List<String> paths, double seconds) {
        return run(users, paths, seconds, 0);
    }

    /**
     * Each user asks for the pages in turn for the given time, pausing {@code thinkMillis} after each answer (as a
     * person reads a page before the next click); 0 asks again at once.
     */
    static Result run(List<SignedInUser> users, List<String> paths, double seconds, long thinkMillis) {
        Map<String, Page> pages = new LinkedHashMap<>();
        for (String path : paths) {
            pages.put(path, new Page(new Latencies(), new Outcomes(false)));
        }
        long start = System.nanoTime();
        long end = start + Math.round(seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users.size(); u++) {
            SignedInUser user = users.get(u);
            int first = u;
            Thread thread = new Thread(
                    () -> {
                        // Every user asks at least once, so that with as many users as pages every page is read.
                        int i = first;
                        do {
                            String path = paths.get(i++ % paths.size());
                            Page page = pages.get(path);
                            long asked = System.nanoTime();
                            try {
                                HttpResponse<String> response = user.get(path);
                                page.outcomes().answered(response.statusCode(), response.body());
                            } catch (RuntimeException e) {
                                page.outcomes().failed(e);
                            }
                            page.latencies().add(System.nanoTime() - asked);
                            if (thinkMillis > 0) {
                                try {
                                    Thread.sleep(thinkMillis);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    return;
                                }
                            }
                        } while (System.nanoTime() < end);
                    },
                    "bench-user-" + u);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return new Result(pages, (System.nanoTime() - start) / 1e9);
    }
}
