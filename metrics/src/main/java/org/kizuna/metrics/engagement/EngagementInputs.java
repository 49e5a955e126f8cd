package org.kizuna.metrics.engagement;

/**
 * The tallies the engagement and adoption metrics need: product usage by day, user, session and feature, and interactions per channel. Each method returns small, mergeable rows per segment value, as {@link org.kizuna.metrics.MetricInputs}
 * describes.
 */
public interface EngagementInputs {}
