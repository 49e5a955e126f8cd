package org.kizuna.metrics.advocacy;

/** The advocacy family's port over tally rows held in memory; without rows every input is empty. */
public final class InMemoryAdvocacyInputs implements AdvocacyInputs {}
