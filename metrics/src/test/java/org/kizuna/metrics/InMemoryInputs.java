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
import org.kizuna.metrics.advocacy.AdvocacyInputs;
import org.kizuna.metrics.advocacy.InMemoryAdvocacyInputs;
import org.kizuna.metrics.engagement.EngagementInputs;
import org.kizuna.metrics.engagement.InMemoryEngagementInputs;
import org.kizuna.metrics.retention.InMemoryRetentionInputs;
import org.kizuna.metrics.retention.RetentionInputs;
import org.kizuna.metrics.revenue.InMemoryValueInputs;
import org.kizuna.metrics.revenue.ValueInputs;
import org.kizuna.metrics.support.InMemorySupportInputs;
import org.kizuna.metrics.support.SupportInputs;
import org.kizuna.metrics.voice.InMemoryVoiceInputs;
import org.kizuna.metrics.voice.VoiceInputs;

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
    private VoiceInputs voice = new InMemoryVoiceInputs();
    private RetentionInputs retention = new InMemoryRetentionInputs();
    private ValueInputs value = new InMemoryValueInputs();
    private EngagementInputs engagement = new InMemoryEngagementInputs();
    private SupportInputs support = new InMemorySupportInputs();
    private AdvocacyInputs advocacy = new InMemoryAdvocacyInputs();

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
                                null,
                                row.activeAtStart(),
                                row.activeAtEnd(),
                                row.activeDuring(),
                                row.acquired(),
                                row.customers()))
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

    public InMemoryInputs withVoice(VoiceInputs inputs) {
        voice = inputs;
        return this;
    }

    @Override
    public VoiceInputs voice() {
        return voice;
    }

    public InMemoryInputs withRetention(RetentionInputs inputs) {
        retention = inputs;
        return this;
    }

    @Override
    public RetentionInputs retention() {
        return retention;
    }

    public InMemoryInputs withValue(ValueInputs inputs) {
        value = inputs;
        return this;
    }

    @Override
    public ValueInputs value() {
        return value;
    }

    public InMemoryInputs withEngagement(EngagementInputs inputs) {
        engagement = inputs;
        return this;
    }

    @Override
    public EngagementInputs engagement() {
        return engagement;
    }

    public InMemoryInputs withSupport(SupportInputs inputs) {
        support = inputs;
        return this;
    }

    @Override
    public SupportInputs support() {
        return support;
    }

    public InMemoryInputs withAdvocacy(AdvocacyInputs inputs) {
        advocacy = inputs;
        return this;
    }

    @Override
    public AdvocacyInputs advocacy() {
        return advocacy;
    }
}
