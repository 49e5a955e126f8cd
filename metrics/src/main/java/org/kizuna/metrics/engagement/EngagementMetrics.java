package org.kizuna.metrics.engagement;

import java.util.List;
import org.kizuna.metrics.Metric;

/** The engagement and adoption metrics (catalogue section D), in the catalogue's order. */
public final class EngagementMetrics {

    public static final List<Metric> ALL = List.of(
            new DailyActiveUsers(),
            new MonthlyActiveUsers(),
            new Stickiness(),
            new ActiveUserShare(),
            new TimeOnSite(),
            new RepeatVisitors(),
            new UsageFrequency(),
            new VoluntaryUsage(),
            new FeatureAdoption(),
            new EngagementByChannel(),
            new EngagementScore());

    private EngagementMetrics() {}
}
