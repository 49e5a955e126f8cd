package org.kizuna.web.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the requests of a load got: acknowledged or failed, each failure by its status or error. An answer is
 * acknowledged by a 2xx status, and by a 3xx too when redirects are accepted (a form answered with "see
 * other"); a page must come whole, so a redirect (to sign in again) is a failure there.
 */
final class Outcomes {

    private final boolean redirectsAccepted;
    private long acknowledged;
    private final Map<String, Long> failures = new TreeMap<>();
    private final Map<String, String> firstMessages = new TreeMap<>();

    Outcomes(boolean redirectsAccepted) {
        this.redirectsAccepted = redirectsAccepted;
    }

    /** Counts an answer; {@code body} is what it said, kept (as plain text) for the first failure of its status. */
    synchronized void answered(int status, String body) {
        if (status >= 200 && status < (redirectsAccepted ? 400 : 300)) {
            acknowledged++;
        } else {
            String kind = "HTTP " + status;
            failures.merge(kind, 1L, Long::sum);
            firstMessages.computeIfAbsent(kind, k -> plainText(body));
        }
    }

    synchronized void failed(Throwable error) {
        Throwable cause = error.getCause() != null && error.getClass().getName().contains("Completion")
                ? error.getCause()
                : error;
        String kind = cause.getClass().getSimpleName();
        failures.merge(kind, 1L, Long::sum);
        firstMessages.computeIfAbsent(kind, k -> String.valueOf(cause.getMessage()));
    }

    synchronized long acknowledged() {
        return acknowledged;
    }

    synchronized long failed() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The failures by kind, each with what the first of them said, e.g. {@code HTTP 404 × 3 (first: Not Found)};
     * empty when there were none.
     */
    synchronized String failures() {
        return failures.entrySet().stream()
                .map(entry -> entry.getKey() + " × " + entry.getValue() + " (first: "
                        + firstMessages.getOrDefault(entry.getKey(), "") + ")")
                .collect(Collectors.joining("; "));
    }

    /** An answer's body as one line of text, without markup, at most 300 characters. */
    static String plainText(String body) {
        String text = body == null
                ? ""
                : body.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                        .replaceAll("<[^>]*>", " ")
                        .replaceAll("\\s+", " ")
                        .strip();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
