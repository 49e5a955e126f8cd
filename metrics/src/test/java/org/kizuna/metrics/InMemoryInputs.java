package org.kizuna.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.domain.Period;
import org.kizuna.metrics.TallyRows.ActivityRow;
import org.kizuna.metrics.TallyRows.MrrRow;
import org.kizuna.metrics.TallyRows.ScoreRow;

/**
 * The store's port over tally rows held in memory, for one period, counting how often each input is asked
 * for. Like the store, it gives every row a null segment value when no breakdown is asked for.
 */
public final class InMemoryInputs implements MetricInputs {

    private ActivityBasis activityBasis = new ActivityBasis.Subscriptions();
    private boolean subscriptions;
    private final List<ActivityTally> activity = new ArrayList<>();
    private final List<MrrChangeGroup> mrrChanges = new ArrayList<>();
    private final Map<String, List<ScoreCount>> surveyScores = new HashMap<>();
    private final Map<String, Integer> queries = new HashMap<>();

    private InMemoryInputs() {}

    /** No rows, no subscriptions. */
    public static InMemoryInputs inputs() {
        return new InMemoryInputs();
    }

    public InMemoryInputs withActivityBasis(ActivityBasis basis) {
        activityBasis = basis;
        return this;
    }

    public InMemoryInputs withActivity(ActivityRow... rows) {
        Arrays.stream(rows).map(ActivityRow::tally).forEach(activity::add);
        return this;
    }

    public InMemoryInputs withActivity(List<ActivityTally> tallies) {
        activity.addAll(tallies);
        return this;
    }

    /** A workspace with subscriptions, whatever rows follow. */
    public InMemoryInputs withSubscriptions() {
        subscriptions = true;
        return this;
    }

    public InMemoryInputs withMrr(MrrRow... rows) {
        subscriptions = true;
        Arrays.stream(rows).map(MrrRow::tally).forEach(mrrChanges::add);
        return this;
    }

    public InMemoryInputs withMrr(List<MrrChangeGroup> groups) {
        subscriptions = true;
        mrrChanges.addAll(groups);
        return this;
    }

    public InMemoryInputs withSurvey(String surveyType, ScoreRow... rows) {
        return withSurvey(surveyType, Arrays.stream(rows).map(ScoreRow::tally).toList());
    }

    public InMemoryInputs withSurvey(String surveyType, List<ScoreCount> counts) {
        surveyScores.computeIfAbsent(surveyType, type -> new ArrayList<>()).addAll(counts);
        return this;
    }

    /** How many times an input was asked for: {@code activity}, {@code mrrChanges} or a survey type. */
    public int queries(String input) {
        return queries.getOrDefault(input, 0);
    }

    @Override
    public ActivityBasis activityBasis() {
        return activityBasis;
    }

    @Override
    public List<ActivityTally> activity(Period period, Optional<String> by) {
        queries.merge("activity", 1, Integer::sum);
        return by.isPresent()
                ? List.copyOf(activity)
                : activity.stream()
                        .map(row -> new ActivityTally(
                                null, row.activeAtStart(), row.activeAtEnd(), row.acquired(), row.customers()))
                        .toList();
    }

    @Override
    public List<MrrChangeGroup> mrrChanges(Period period, Optional<String> by) {
        queries.merge("mrrChanges", 1, Integer::sum);
        return by.isPresent()
                ? List.copyOf(mrrChanges)
                : mrrChanges.stream()
                        .map(row -> new MrrChangeGroup(
                                null,
                                row.startPositive(),
                                row.endPositive(),
                                row.direction(),
                                row.hadMrrBefore(),
                                row.customers(),
                                row.startMrr(),
                                row.endMrr()))
                        .toList();
    }

    @Override
    public boolean hasSubscriptions() {
        return subscriptions;
    }

    @Override
    public List<ScoreCount> surveyScores(Period period, Optional<String> by, String surveyType) {
        queries.merge(surveyType, 1, Integer::sum);
        List<ScoreCount> rows = surveyScores.getOrDefault(surveyType, List.of());
        return by.isPresent()
                ? List.copyOf(rows)
                : rows.stream()
                        .map(row -> new ScoreCount(
                                null,
                                row.surveyId(),
                                row.touchpoint(),
                                row.scaleMin(),
                                row.scaleMax(),
                                row.satisfiedThreshold(),
                                row.score(),
                                row.responses()))
                        .toList();
    }
}
