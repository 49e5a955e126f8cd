package org.kizuna.metrics.revenue;

import java.util.List;
import org.kizuna.metrics.Metric;

/**
 * The revenue and value metrics beyond MRR, ARPU and the MRR movements, in the catalogue's order, for the
 * catalogue to list.
 */
public final class ValueMetrics {

    public static final List<Metric> ALL = List.of(
            new GrowthMrr(),
            new ExpansionMrr(),
            new CustomerLifetimeValue(),
            new CustomerAcquisitionCost(),
            new ClvToCacRatio(),
            new ProfitPerCustomer(),
            new CustomerRetentionCost(),
            new ReferredClvUplift());

    private ValueMetrics() {}
}
