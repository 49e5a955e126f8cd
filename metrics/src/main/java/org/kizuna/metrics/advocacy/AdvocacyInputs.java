package org.kizuna.metrics.advocacy;

/**
 * The tallies the advocacy, community, social and loyalty metrics need. Each method returns small, mergeable rows per segment value, as {@link org.kizuna.metrics.MetricInputs}
 * describes.
 */
public interface AdvocacyInputs {}
