package org.kizuna.store.query;

import org.kizuna.metrics.revenue.ValueInputs;

/** The revenue family's inputs, each one aggregate query over the workspace's tables. */
final class ValueQueries implements ValueInputs {

    private final QueryRunner runner;

    ValueQueries(QueryRunner runner) {
        this.runner = runner;
    }
}
