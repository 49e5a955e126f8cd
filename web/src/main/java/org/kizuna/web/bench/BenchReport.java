package org.kizuna.web.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tables {@code kizuna bench-web} prints, in Markdown: text columns left, figures right. */
final class BenchReport {

    private BenchReport() {}

    static String answers(WebBenchCommand.AnswerFigures figures, double rate, double duration) {
        OpenLoad.Result answers = figures.answers();
        OpenLoad.Result health = figures.health();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "load",
            "sent",
            "acknowledged",
            "failed",
            "stored",
            "lost",
            "throughput (/s)",
            "p50 (ms)",
            "p95 (ms)",
            "p99 (ms)",
            "max (ms)"
        });
        rows.add(openRow("survey answers, POST /s/{token}", answers, count(figures.stored()), count(figures.lost())));
        rows.add(openRow("baseline, GET /health", health, "", ""));
        rows.add(new String[] {
            "ratio (answers ÷ /health)",
            "",
            "",
            "",
            "",
            "",
            "",
            ratio(answers.latencies().percentile(50), health.latencies().percentile(50)),
            ratio(answers.latencies().percentile(95), health.latencies().percentile(95)),
            ratio(answers.latencies().percentile(99), health.latencies().percentile(99)),
            ratio(answers.latencies().max(), health.latencies().max())
        });
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "Survey answers: open loop, %s requests/s for %s s, one signed link per answer (survey %s, %,d"
                        + " invitations); latency from each request's appointed time to its answer; stored = the"
                        + " survey's responses counted in the store afterwards.%n%n",
                WebBenchCommand.plain(rate),
                WebBenchCommand.plain(duration),
                figures.surveyId(),
                figures.invited()));
        text.append(markdown(rows));
        failures(text, "survey answers", answers.outcomes());
        failures(text, "GET /health", health.outcomes());
        return text.toString();
    }

    static String pages(
            WebBenchCommand.PageFigures figures, int users, double duration, long thinkMillis, double goalMillis) {
        double healthP95 = figures.health().all().percentile(95);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "page",
            "requests",
            "errors",
            "p50 (ms)",
            "p95 (ms)",
            "p99 (ms)",
            "max (ms)",
            "one user p95 (ms)",
            "p95 ÷ one user",
            "p95 ÷ /health",
            "first visit (ms)"
        });
        int i = 0;
        String slowest = "";
        double slowestP95 = 0;
        for (Map.Entry<String, ClosedLoad.Page> page :
                figures.together().pages().entrySet()) {
            Latencies latencies = page.getValue().latencies();
            Latencies alone = figures.alone().pages().get(page.getKey()).latencies();
            if (latencies.percentile(95) >= slowestP95) {
                slowestP95 = latencies.percentile(95);
                slowest = page.getKey();
            }
            rows.add(closedRow(
                    page.getKey(),
                    latencies,
                    page.getValue().outcomes().failed(),
                    alone,
                    healthP95,
                    millis(figures.firstVisitMillis().get(i++))));
        }
        rows.add(closedRow(
                "all pages",
                figures.together().all(),
                figures.together().errors(),
                figures.alone().all(),
                healthP95,
                ""));
        rows.add(closedRow(
                "baseline, GET /health",
                figures.health().all(),
                figures.health().errors(),
                null,
                healthP95,
                ""));
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "Dashboard: %d signed-in users (a session each), closed loop for %s s, cycling through the pages%s;"
                        + " baselines: one user alone, and the %d users asking for /health; first visit = one user,"
                        + " before the loads, nothing remembered yet.%n%n",
                users,
                WebBenchCommand.plain(duration),
                thinkMillis == 0 ? " without pause" : ", pausing " + thinkMillis + " ms after each page",
                users));
        text.append(markdown(rows));
        text.append(String.format(
                Locale.ROOT,
                "%nThroughput: %.1f pages/s with %d users, %.1f pages/s for one user alone.%n",
                figures.together().requests() / figures.together().seconds(),
                users,
                figures.alone().requests() / figures.alone().seconds()));
        text.append(String.format(
                Locale.ROOT,
                "Goal p95 ≤ %s ms on every page: %s (slowest p95: %s ms, %s).%n",
                WebBenchCommand.plain(goalMillis),
                slowestP95 <= goalMillis ? "met" : "not met",
                millis(slowestP95),
                slowest));
        for (Map.Entry<String, ClosedLoad.Page> page :
                figures.together().pages().entrySet()) {
            failures(text, page.getKey(), page.getValue().outcomes());
        }
        return text.toString();
    }

    private static String[] openRow(String load, OpenLoad.Result result, String stored, String lost) {
        Latencies latencies = result.latencies();
        return new String[] {
            load,
            count(result.sent()),
            count(result.outcomes().acknowledged()),
            count(result.outcomes().failed()),
            stored,
            lost,
            String.format(Locale.ROOT, "%.1f", result.throughput()),
            millis(latencies.percentile(50)),
            millis(latencies.percentile(95)),
            millis(latencies.percentile(99)),
            millis(latencies.max())
        };
    }

    private static String[] closedRow(
            String page, Latencies latencies, long errors, Latencies alone, double healthP95, String firstVisit) {
        double p95 = latencies.percentile(95);
        return new String[] {
            page,
            count(latencies.count()),
            count(errors),
            millis(latencies.percentile(50)),
            millis(p95),
            millis(latencies.percentile(99)),
            millis(latencies.max()),
            alone == null ? "" : millis(alone.percentile(95)),
            alone == null ? "" : ratio(p95, alone.percentile(95)),
            ratio(p95, healthP95),
            firstVisit
        };
    }

    private static void failures(StringBuilder text, String load, Outcomes outcomes) {
        if (outcomes.failed() > 0) {
            text.append(String.format(Locale.ROOT, "%nFailed, %s: %s%n", load, outcomes.failures()));
        }
    }

    static String markdown(List<String[]> rows) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            text.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
            if (r == 0) {
                text.append("|---");
                text.append("|---:".repeat(rows.get(r).length - 1));
                text.append("|\n");
            }
        }
        return text.toString();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String millis(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.0f", millis);
    }

    private static String ratio(double measured, double baseline) {
        return baseline <= 0 ? "" : String.format(Locale.ROOT, "%.1f×", measured / baseline);
    }
}
