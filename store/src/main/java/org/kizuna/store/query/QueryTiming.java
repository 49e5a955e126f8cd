package org.kizuna.store.query;

/** How often one query file ran and the time its runs took in all, reading their rows included. */
public record QueryTiming(String query, int runs, long nanos) {

    /** Both timings of one query together: their runs and their time added. */
    public QueryTiming plus(QueryTiming other) {
        return new QueryTiming(query, runs + other.runs, nanos + other.nanos);
    }

    public double seconds() {
        return nanos / 1e9;
    }
}
