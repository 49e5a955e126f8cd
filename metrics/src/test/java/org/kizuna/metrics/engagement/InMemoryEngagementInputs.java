package org.kizuna.metrics.engagement;

/** The engagement family's port over tally rows held in memory; without rows every input is empty. */
public final class InMemoryEngagementInputs implements EngagementInputs {}
