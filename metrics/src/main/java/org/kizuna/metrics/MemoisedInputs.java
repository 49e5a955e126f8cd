package org.kizuna.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.domain.Period;

/**
 * The store's inputs, each query asked once and its answer kept for the rest of one computation: several
 * metrics read the same tallies (four read activity), and each store query scans the data. Not thread-safe;
 * one per call.
 */
final class MemoisedInputs implements MetricInputs {

    private record Query(Period period, Optional<String> by, String surveyType) {}

    private final MetricInputs store;
    private final Map<Query, List<ActivityTally>> activity = new HashMap<>();
    private final Map<Query, List<MrrChangeGroup>> mrrChanges = new HashMap<>();
    private final Map<Query, List<ScoreCount>> surveyScores = new HashMap<>();
    private ActivityBasis activityBasis;
    private Boolean hasSubscriptions;

    MemoisedInputs(MetricInputs store) {
        this.store = store;
    }

    @Override
    public ActivityBasis activityBasis() {
        if (activityBasis == null) {
            activityBasis = store.activityBasis();
        }
        return activityBasis;
    }

    @Override
    public List<ActivityTally> activity(Period period, Optional<String> by) {
        return activity.computeIfAbsent(new Query(period, by, null), query -> store.activity(period, by));
    }

    @Override
    public List<MrrChangeGroup> mrrChanges(Period period, Optional<String> by) {
        return mrrChanges.computeIfAbsent(new Query(period, by, null), query -> store.mrrChanges(period, by));
    }

    @Override
    public boolean hasSubscriptions() {
        if (hasSubscriptions == null) {
            hasSubscriptions = store.hasSubscriptions();
        }
        return hasSubscriptions;
    }

    @Override
    public List<ScoreCount> surveyScores(Period period, Optional<String> by, String surveyType) {
        return surveyScores.computeIfAbsent(
                new Query(period, by, surveyType), query -> store.surveyScores(period, by, surveyType));
    }
}
