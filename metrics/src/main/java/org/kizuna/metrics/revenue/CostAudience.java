package org.kizuna.metrics.revenue;

import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.kizuna.metrics.ActivityCounts;

/**
 * Whom a category of cost is spent on, and so what it is shared in proportion to: acquisition costs
 * (marketing, sales) over the customers acquired in the period, retention costs (retention, success) over
 * the customers active during it.
 */
enum CostAudience {
    ACQUIRED("customers acquired in the period", ActivityCounts::acquired, CostAudienceTally::acquired),
    ACTIVE("customers active during the period", ActivityCounts::activeDuring, CostAudienceTally::activeDuring);

    private final String description;
    private final ToLongFunction<ActivityCounts> count;
    private final Predicate<CostAudienceTally> member;

    CostAudience(String description, ToLongFunction<ActivityCounts> count, Predicate<CostAudienceTally> member) {
        this.description = description;
        this.count = count;
        this.member = member;
    }

    String description() {
        return description;
    }

    /** How many of the counted customers belong to the audience. */
    long count(ActivityCounts counts) {
        return count.applyAsLong(counts);
    }

    /** Whether a tally's customers belong to the audience. */
    boolean includes(CostAudienceTally tally) {
        return member.test(tally);
    }
}
