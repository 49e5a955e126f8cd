package org.kizuna.metrics.advocacy;

import java.util.List;
import java.util.stream.Stream;
import org.kizuna.metrics.ActivityCounts;
import org.kizuna.metrics.ActivityTally;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;

/**
 * One segment's customers active during the period (the base of every "per active customer" rate, from the
 * shared activity tally) beside what its customers did in the period. A segment value seen in either tally
 * gets its segment, so that a plan whose active customers did nothing shows 0 %, not nothing.
 *
 * @param segment the customers covered
 * @param activeCustomers customers active on at least one day of the period
 * @param counts what the segment's customers did
 */
record ActiveParticipation(Segment segment, long activeCustomers, ParticipationCounts counts) {

    static List<ActiveParticipation> of(MetricRequest request, MetricInputs inputs) {
        List<ActivityTally> activity = inputs.activity(request.period(), request.by());
        List<ParticipationTally> participation = inputs.advocacy().participation(request.period(), request.by());
        List<String> values = Stream.concat(
                        activity.stream().map(ActivityTally::segmentValue),
                        participation.stream().map(ParticipationTally::segmentValue))
                .toList();
        return Segmentation.segments(request, values).stream()
                .map(segment -> new ActiveParticipation(
                        segment,
                        ActivityCounts.of(Segmentation.rowsIn(segment, activity, ActivityTally::segmentValue))
                                .activeDuring(),
                        ParticipationCounts.of(
                                Segmentation.rowsIn(segment, participation, ParticipationTally::segmentValue))))
                .toList();
    }
}
