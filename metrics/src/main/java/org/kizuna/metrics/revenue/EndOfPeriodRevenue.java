package org.kizuna.metrics.revenue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.kizuna.metrics.ActivityCounts;
import org.kizuna.metrics.ActivityTally;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MrrChangeGroup;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;

/**
 * One segment's MRR on the period's last day beside its customers active on that day: the figures that MRR
 * and ARPU share. MRR is null ("no data") in a workspace without subscriptions.
 *
 * @param segment the customers covered
 * @param mrr the summed MRR on the period's last day, or null without subscriptions
 * @param activeCustomers customers active on the period's last day
 * @param payingCustomers customers with positive MRR on the period's last day
 */
record EndOfPeriodRevenue(Segment segment, BigDecimal mrr, long activeCustomers, long payingCustomers) {

    static List<EndOfPeriodRevenue> of(MetricRequest request, MetricInputs inputs) {
        boolean subscriptions = inputs.hasSubscriptions();
        List<ActivityTally> activity = inputs.activity(request.period(), request.by());
        List<MrrChangeGroup> groups = subscriptions ? inputs.mrrChanges(request.period(), request.by()) : List.of();
        // A segment value may appear in one input only (a plan whose customers are all inactive, say), and
        // still needs its segment.
        List<String> values = Stream.concat(
                        activity.stream().map(ActivityTally::segmentValue),
                        groups.stream().map(MrrChangeGroup::segmentValue))
                .toList();
        return Segmentation.segments(request, values).stream()
                .map(segment -> {
                    List<MrrChangeGroup> segmentGroups =
                            Segmentation.rowsIn(segment, groups, MrrChangeGroup::segmentValue);
                    List<ActivityTally> segmentActivity =
                            Segmentation.rowsIn(segment, activity, ActivityTally::segmentValue);
                    return new EndOfPeriodRevenue(
                            segment,
                            subscriptions ? MonthlyRecurringRevenue.atEnd(segmentGroups) : null,
                            ActivityCounts.of(segmentActivity).activeAtEnd(),
                            segmentGroups.stream()
                                    .filter(MrrChangeGroup::endPositive)
                                    .mapToLong(MrrChangeGroup::customers)
                                    .sum());
                })
                .toList();
    }

    /** MRR / active customers, or null without MRR or without active customers. */
    BigDecimal revenuePerActiveCustomer() {
        return mrr == null ? null : Ratio.of(mrr, activeCustomers).value();
    }
}
