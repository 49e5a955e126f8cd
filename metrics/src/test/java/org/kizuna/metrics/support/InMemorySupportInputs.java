package org.kizuna.metrics.support;

/** The support family's port over tally rows held in memory; without rows every input is empty. */
public final class InMemorySupportInputs implements SupportInputs {}
