package org.kizuna.metrics.support;

/**
 * The tallies the support, onboarding and education metrics need. Each method returns small, mergeable rows per segment value, as {@link org.kizuna.metrics.MetricInputs}
 * describes.
 */
public interface SupportInputs {}
