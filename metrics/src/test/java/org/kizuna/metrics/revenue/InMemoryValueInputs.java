package org.kizuna.metrics.revenue;

/** The revenue family's port over tally rows held in memory; without rows every input is empty. */
public final class InMemoryValueInputs implements ValueInputs {}
