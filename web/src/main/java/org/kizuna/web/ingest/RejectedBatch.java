package org.kizuna.web.ingest;

import java.util.List;

/**
 * A batch that was refused as a whole, so nothing of it was stored: answered with {@code status} and
 * {@code {"error": "...", "total": N, "problems": [...]}}.
 */
final class RejectedBatch extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem of a batch.
     *
     * @param place what names the row: {@code row} for contract rows, {@code item} for Segment calls
     * @param index the row's or item's position in the batch, from 0; null when the problem is the batch's
     * @param field the field, as the caller wrote it; null when the problem is the whole row's or batch's
     * @param reason what is wrong
     */
    record BatchProblem(String place, Long index, String field, String reason) {}

    private final int status;
    private final transient List<BatchProblem> problems;
    private final long total;

    RejectedBatch(int status, String message, List<BatchProblem> problems, long total) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    /** A batch that cannot be read at all: not JSON, or not of the expected shape. */
    static RejectedBatch unreadable(String message) {
        return new RejectedBatch(400, message, List.of(), 0);
    }

    int status() {
        return status;
    }

    List<BatchProblem> problems() {
        return problems;
    }

    long total() {
        return total;
    }
}
