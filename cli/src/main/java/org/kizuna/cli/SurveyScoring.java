package org.kizuna.cli;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.domain.Period;
import org.kizuna.metrics.ActivityBasis;
import org.kizuna.metrics.ActivityTally;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.metrics.MrrChangeGroup;
import org.kizuna.metrics.ScoreCount;
import org.kizuna.metrics.advocacy.AdvocacyInputs;
import org.kizuna.metrics.engagement.EngagementInputs;
import org.kizuna.metrics.retention.RetentionInputs;
import org.kizuna.metrics.revenue.ValueInputs;
import org.kizuna.metrics.support.SupportInputs;
import org.kizuna.metrics.voice.VoiceInputs;
import org.kizuna.store.Workspace;
import org.kizuna.store.query.StoreMetricInputs;
import org.kizuna.store.survey.Survey;
import org.kizuna.store.survey.SurveyType;

/**
 * Each survey's own score, computed by the catalogue's metric of its type (NPS, CSAT or CES) over every
 * response to that survey alone, answered up to the given day: the same rules as the metrics, only narrowed
 * to one survey. Other types have no score of their own. The survey list of the dashboard, of the API and of
 * {@code kizuna survey list} all take their scores from here.
 */
public final class SurveyScoring {

    /** The types scored, each by the catalogue metric of the same id. */
    private static final List<SurveyType> SCORED = List.of(SurveyType.NPS, SurveyType.CSAT, SurveyType.CES);

    private SurveyScoring() {}

    /**
     * The score of each survey that has one, by survey id (no data when it has no responses yet).
     *
     * @param today the last day whose answers count
     */
    public static Map<String, MetricResult> of(Workspace workspace, List<Survey> surveys, LocalDate today) {
        Map<String, MetricResult> scores = new HashMap<>();
        if (surveys.stream().noneMatch(s -> SCORED.contains(s.type()))) {
            return scores;
        }
        Period everything = Period.range(LocalDate.of(1970, 1, 1), today);
        MetricRequest request = new MetricRequest(everything, Optional.empty(), workspace.settings());
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            Map<String, List<ScoreCount>> rowsByType = new HashMap<>();
            for (Survey survey : surveys) {
                if (!SCORED.contains(survey.type())) {
                    continue;
                }
                String type = survey.type().word();
                List<ScoreCount> rows =
                        rowsByType.computeIfAbsent(type, t -> inputs.surveyScores(everything, Optional.empty(), t));
                Metric metric = MetricCatalog.select(List.of(type)).get(0);
                List<MetricResult> results =
                        new MetricsEngine().compute(request, List.of(metric), new OneSurvey(inputs, survey.id(), rows));
                results.stream().findFirst().ifPresent(result -> scores.put(survey.id(), result));
            }
        }
        return scores;
    }

    /** The workspace's inputs with the survey score counts narrowed to one survey's. */
    private record OneSurvey(MetricInputs all, String surveyId, List<ScoreCount> rowsOfType) implements MetricInputs {

        @Override
        public List<ScoreCount> surveyScores(Period period, Optional<String> by, String surveyType) {
            return rowsOfType.stream()
                    .filter(row -> row.surveyId().equals(surveyId))
                    .toList();
        }

        @Override
        public ActivityBasis activityBasis() {
            return all.activityBasis();
        }

        @Override
        public List<ActivityTally> activity(Period period, Optional<String> by) {
            return all.activity(period, by);
        }

        @Override
        public List<MrrChangeGroup> mrrChanges(Period period, Optional<String> by) {
            return all.mrrChanges(period, by);
        }

        @Override
        public boolean hasSubscriptions() {
            return all.hasSubscriptions();
        }

        @Override
        public VoiceInputs voice() {
            return all.voice();
        }

        @Override
        public RetentionInputs retention() {
            return all.retention();
        }

        @Override
        public ValueInputs value() {
            return all.value();
        }

        @Override
        public EngagementInputs engagement() {
            return all.engagement();
        }

        @Override
        public SupportInputs support() {
            return all.support();
        }

        @Override
        public AdvocacyInputs advocacy() {
            return all.advocacy();
        }
    }
}
