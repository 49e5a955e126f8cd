package org.kizuna.metrics.retention;

/** The retention family's port over tally rows held in memory; without rows every input is empty. */
public final class InMemoryRetentionInputs implements RetentionInputs {}
