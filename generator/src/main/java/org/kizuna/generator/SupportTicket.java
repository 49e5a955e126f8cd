package org.kizuna.generator;

/**
 * One support ticket as it happened, before it is cut at the end of the data: a first response or resolution
 * that would fall after the last day is written as not yet happened.
 *
 * @param firstResponseSeconds how long the customer waited for an agent; -1 for tickets the customer solved
 *     with the help centre alone
 * @param resolvedAt when it was (finally) resolved; {@link Long#MAX_VALUE} for a ticket left open for good
 */
record SupportTicket(
        long openedAt,
        String priority,
        String channel,
        String category,
        long firstResponseSeconds,
        long resolvedAt,
        boolean reopened) {

    /** A first response later than this is slow: it raises churn hazard and lowers support scores. */
    static final long SLOW_FIRST_RESPONSE_SECONDS = 24 * 3600;

    boolean selfService() {
        return firstResponseSeconds < 0;
    }

    boolean slowFirstResponse() {
        return firstResponseSeconds > SLOW_FIRST_RESPONSE_SECONDS;
    }
}
