package org.kizuna.metrics;

import java.util.List;

/**
 * Customers counted from activity tallies under the catalogue's conventions: active at the period's start (the
 * day before its first day) and on its last day, retained (both) or lost (start but not last) between them,
 * and acquired (signup within it).
 * Only counts; the rates built on them belong to the metrics.
 *
 * @param activeAtStart active on the day before the period's first day
 * @param activeAtEnd active on the period's last day
 * @param retained active on both days
 * @param lost active at the start and not on the last day
 * @param acquired signed up within the period, whatever their activity
 * @param activeDuring active on at least one day of the period
 */
public record ActivityCounts(
        long activeAtStart, long activeAtEnd, long retained, long lost, long acquired, long activeDuring) {

    public static ActivityCounts of(List<ActivityTally> tallies) {
        long activeAtStart = 0;
        long activeAtEnd = 0;
        long retained = 0;
        long lost = 0;
        long acquired = 0;
        long activeDuring = 0;
        for (ActivityTally tally : tallies) {
            long customers = tally.customers();
            if (tally.activeAtStart()) {
                activeAtStart += customers;
                if (tally.activeAtEnd()) {
                    retained += customers;
                } else {
                    lost += customers;
                }
            }
            if (tally.activeAtEnd()) {
                activeAtEnd += customers;
            }
            if (tally.acquired()) {
                acquired += customers;
            }
            if (tally.activeDuring()) {
                activeDuring += customers;
            }
        }
        return new ActivityCounts(activeAtStart, activeAtEnd, retained, lost, acquired, activeDuring);
    }
}
