package org.kizuna.metrics.retention;

/**
 * How many customers of one segment value, active at the period's start, share the same churn-risk signals
 * and whether they are still active on the period's last day. Tallies of one segment add up.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param detractor gave an NPS answer below the rule's detractor bound in the signal days
 * @param reopenedTicket opened a support ticket marked reopened in the signal days
 * @param recentUsage had a product event in the usage days
 * @param activeAtEnd active on the period's last day
 * @param customers how many customers share these flags
 */
public record RiskTally(
        String segmentValue,
        boolean detractor,
        boolean reopenedTicket,
        boolean recentUsage,
        boolean activeAtEnd,
        long customers) {}
