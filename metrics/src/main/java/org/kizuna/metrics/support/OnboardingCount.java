package org.kizuna.metrics.support;

/**
 * How many customers of one segment value, acquired within the period and with any onboarding row, share one
 * state of their required milestones.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param requiredMilestones whether any of their milestones is required
 * @param daysToComplete calendar days (workspace time zone) from signup_date to completing the last required
 *     milestone, or null while any required milestone is not completed (or none is required)
 * @param customers how many customers share this state
 */
public record OnboardingCount(String segmentValue, boolean requiredMilestones, Long daysToComplete, long customers) {

    public boolean completed() {
        return daysToComplete != null;
    }
}
