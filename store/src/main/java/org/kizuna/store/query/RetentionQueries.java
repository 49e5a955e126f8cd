package org.kizuna.store.query;

import org.kizuna.metrics.retention.RetentionInputs;

/** The retention family's inputs, each one aggregate query over the workspace's tables. */
final class RetentionQueries implements RetentionInputs {

    private final QueryRunner runner;

    RetentionQueries(QueryRunner runner) {
        this.runner = runner;
    }
}
