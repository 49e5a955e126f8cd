package org.kizuna.store.query;

import org.kizuna.metrics.support.SupportInputs;

/** The support family's inputs, each one aggregate query over the workspace's tables. */
final class SupportQueries implements SupportInputs {

    private final QueryRunner runner;

    SupportQueries(QueryRunner runner) {
        this.runner = runner;
    }
}
