package org.kizuna.web.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kizuna.cli.SurveyScoring;
import org.kizuna.metrics.MetricResult;
import org.kizuna.store.Workspace;
import org.kizuna.store.survey.Survey;
import org.springframework.stereotype.Service;

/**
 * Each survey's own score over every response to it answered up to today, as {@code kizuna survey list}
 * computes it: NPS, CSAT and CES by the catalogue's metric of the same id; other types have none.
 */
@Service
class SurveyScores {

    private final Workspace workspace;

    SurveyScores(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The score of each survey that has one, by survey id (no data when it has no responses yet). */
    Map<String, MetricResult> of(List<Survey> surveys) {
        return SurveyScoring.of(
                workspace, surveys, LocalDate.now(workspace.settings().timeZone()));
    }
}
