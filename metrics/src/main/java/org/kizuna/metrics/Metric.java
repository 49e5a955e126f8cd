package org.kizuna.metrics;

import java.util.List;

/** One catalogue metric: its definition and its computation from the store's tallies. */
public interface Metric {

    MetricDefinition definition();

    /**
     * The metric for the request's period: one result for the whole base, then, when the request breaks down
     * by an attribute, one per segment value (nulls last).
     */
    List<MetricResult> compute(MetricRequest request, MetricInputs inputs);
}
