package org.kizuna.store.query;

import org.kizuna.metrics.engagement.EngagementInputs;

/** The engagement family's inputs, each one aggregate query over the workspace's tables. */
final class EngagementQueries implements EngagementInputs {

    private final QueryRunner runner;

    EngagementQueries(QueryRunner runner) {
        this.runner = runner;
    }
}
