package org.kizuna.metrics.voice;

/**
 * The tallies the voice-of-the-customer metrics need beyond survey score counts: feedback, invitations and per-customer survey answers. Each method returns small, mergeable rows per segment value, as {@link org.kizuna.metrics.MetricInputs}
 * describes.
 */
public interface VoiceInputs {}
