package org.kizuna.store.query;

import org.kizuna.metrics.advocacy.AdvocacyInputs;

/** The advocacy family's inputs, each one aggregate query over the workspace's tables. */
final class AdvocacyQueries implements AdvocacyInputs {

    private final QueryRunner runner;

    AdvocacyQueries(QueryRunner runner) {
        this.runner = runner;
    }
}
