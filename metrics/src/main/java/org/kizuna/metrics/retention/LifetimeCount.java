package org.kizuna.metrics.retention;

import java.math.BigDecimal;
import org.kizuna.metrics.ValueCount;

/**
 * How many customers of one segment value, still active on the period's last day or not, have lived the same
 * number of whole days: a bucket of the distribution of customer lifetimes. Rows of one segment add up.
 *
 * @param segmentValue the segment's attribute value, as in {@link org.kizuna.metrics.ActivityTally}
 * @param stillActive active on the period's last day, so that its life is counted through that day
 * @param days how many days the life lasted, its last day included
 * @param customers how many customers share both
 */
public record LifetimeCount(String segmentValue, boolean stillActive, long days, long customers) {

    /** The bucket as a counted value of the lifetime distribution, in days. */
    public ValueCount asValueCount() {
        return new ValueCount(segmentValue, BigDecimal.valueOf(days), customers);
    }
}
