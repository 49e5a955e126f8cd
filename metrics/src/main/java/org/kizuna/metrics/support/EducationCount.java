package org.kizuna.metrics.support;

/**
 * How many customers of one segment value, active during the period and with at least one course or
 * certification completed by its last day, share whether one of those is a certification.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param certified whether they completed a certification
 * @param courses their distinct completed courses (not certifications), summed over these customers
 * @param customers how many customers share this
 */
public record EducationCount(String segmentValue, boolean certified, long courses, long customers) {}
