package org.kizuna.store.query;

/** How often one query file ran and the time its runs took in all, reading their rows included. */
public record QueryTiming(String query, int runs, long nanos) {

    QueryTiming plus(QueryTiming other) {
        return new QueryTiming(query, runs + other.runs, nanos + other.nanos);
    }

    public double seconds() {
        return nanos / 1e9;
    }
}
