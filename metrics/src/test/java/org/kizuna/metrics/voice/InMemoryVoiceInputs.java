package org.kizuna.metrics.voice;

/** The voice family's port over tally rows held in memory; without rows every input is empty. */
public final class InMemoryVoiceInputs implements VoiceInputs {}
