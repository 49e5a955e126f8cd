package org.kizuna.metrics.retention;

import java.util.List;
import org.kizuna.metrics.Metric;

/** The retention and churn metrics beyond churn and retention rate, in the catalogue's order. */
public final class RetentionMetrics {

    public static final List<Metric> ALL =
            List.of(new RevenueChurn(), new Tenure(), new RepurchaseRate(), new ChurnSaves());

    private RetentionMetrics() {}
}
