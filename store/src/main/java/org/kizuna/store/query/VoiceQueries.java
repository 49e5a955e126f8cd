package org.kizuna.store.query;

import org.kizuna.metrics.voice.VoiceInputs;

/** The voice family's inputs, each one aggregate query over the workspace's tables. */
final class VoiceQueries implements VoiceInputs {

    private final QueryRunner runner;

    VoiceQueries(QueryRunner runner) {
        this.runner = runner;
    }
}
