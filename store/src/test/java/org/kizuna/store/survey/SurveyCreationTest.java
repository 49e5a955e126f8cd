package org.kizuna.store.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kizuna.store.importing.StoreFixture.rows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;

/** Creating surveys: each type's defaults, the checks of a scale, and where a survey is stored. */
class SurveyCreationTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private SurveyCollection surveys;

    @BeforeEach
    void workspace() {
        workspace = SurveyFixture.workspace(dir);
        surveys = new SurveyCollection(workspace, new MutableClock(SurveyFixture.START));
    }

    @Test
    void eachTypeStartsFromItsUsualScale() {
        assertThat(surveys.create(SurveyFixture.of(SurveyType.NPS)).scale()).isEqualTo("0–10");
        assertThat(surveys.create(SurveyFixture.of(SurveyType.CSAT)).scale()).isEqualTo("1–5");
        assertThat(surveys.create(SurveyFixture.of(SurveyType.CES)).scale()).isEqualTo("1–7");
        assertThat(surveys.create(SurveyFixture.of(SurveyType.TRUST)).scale()).isEqualTo("1–5");
        assertThat(surveys.create(SurveyFixture.of(SurveyType.RECOMMEND)).scale())
                .isEqualTo("0–10");
        assertThat(surveys.create(SurveyFixture.of(SurveyType.EMOTIONAL)).scale())
                .isEqualTo("1–5");
    }

    @Test
    void aSurveyLandsInTheContractTableWithItsQuestionInBothLanguages() {
        Survey created = surveys.create(NewSurvey.of(
                Optional.empty(),
                SurveyType.CSAT,
                Optional.of(BigDecimal.ONE),
                Optional.of(BigDecimal.TEN),
                Optional.of(BigDecimal.valueOf(7)),
                Optional.of("support"),
                Optional.of("サポートに満足しましたか？"),
                Optional.of("Were you happy with our support?")));

        assertThat(created.id()).matches("srv-[0-9a-f]{8}");
        assertThat(created.collected()).isTrue();
        // the workspace speaks Japanese, so surveys.question holds the Japanese text
        assertThat(rows(
                        workspace,
                        "SELECT type, question, scale_min, scale_max, satisfied_threshold, touchpoint FROM surveys"
                                + " WHERE survey_id = '" + created.id() + "'"))
                .containsExactly("csat|サポートに満足しましたか？|1.000000|10.000000|7.000000|support");
        assertThat(rows(
                        workspace,
                        "SELECT question_ja, question_en FROM survey_questions WHERE survey_id = '" + created.id()
                                + "'"))
                .containsExactly("サポートに満足しましたか？|Were you happy with our support?");
        assertThat(surveys.find(created.id())).contains(created);
    }

    @Test
    void listShowsImportedAndCreatedSurveysWithTheirCounts() {
        surveys.create(SurveyFixture.nps());

        assertThat(surveys.list())
                .extracting(s -> s.id() + " " + s.collected() + " " + s.invitations() + " " + s.responses())
                .containsExactly("nps-import false 1 3", "nps-q2 true 0 0");
    }

    @Test
    void anNpsSurveyIsScoredZeroOrOneToTen() {
        assertThatThrownBy(() -> NewSurvey.of(
                        Optional.empty(),
                        SurveyType.NPS,
                        Optional.of(BigDecimal.ONE),
                        Optional.of(BigDecimal.valueOf(5)),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an NPS survey is scored 0–10 (or 1–10), not 1–5");
        assertThat(NewSurvey.of(
                                Optional.empty(),
                                SurveyType.NPS,
                                Optional.of(BigDecimal.ONE),
                                Optional.of(BigDecimal.TEN),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty())
                        .scaleMin())
                .isEqualByComparingTo("1");
    }

    @Test
    void scalesThresholdsAndQuestionsAreChecked() {
        assertThatThrownBy(() -> scale(SurveyType.CES, 7, 1))
                .hasMessage("the scale 7–1 must run from a lower to a higher score");
        assertThatThrownBy(() -> NewSurvey.of(
                        Optional.empty(),
                        SurveyType.CSAT,
                        Optional.of(BigDecimal.ONE),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .hasMessage("give both ends of the scale (min and max), or neither for the csat default 1–5");
        assertThatThrownBy(() -> NewSurvey.of(
                        Optional.empty(),
                        SurveyType.CSAT,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(BigDecimal.valueOf(6)),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .hasMessage("the satisfied threshold 6 is outside the scale 1–5");
        assertThatThrownBy(() -> NewSurvey.of(
                        Optional.empty(),
                        SurveyType.NPS,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(BigDecimal.valueOf(9)),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .hasMessage("a satisfied threshold belongs to a CSAT survey, not to a nps survey");
        assertThatThrownBy(() -> SurveyFixture.of(SurveyType.CUSTOM))
                .hasMessage("a custom survey needs its question in Japanese and in English");
        assertThatThrownBy(() -> NewSurvey.of(
                        Optional.empty(),
                        SurveyType.TRUST,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("信頼していますか？"),
                        Optional.empty()))
                .hasMessage("give the question in both Japanese and English, or neither for the trust default");
        assertThatThrownBy(() -> NewSurvey.of(
                        Optional.of("no spaces please"),
                        SurveyType.TRUST,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .hasMessageStartingWith("survey id \"no spaces please\" must be");
    }

    @Test
    void anIdAlreadyTakenByAnImportedSurveyIsRefusedAndNothingIsWritten() {
        NewSurvey clash = NewSurvey.of(
                Optional.of("nps-import"),
                SurveyType.NPS,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());

        assertThatThrownBy(() -> surveys.create(clash))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("survey nps-import already exists; choose another id");
        assertThat(rows(workspace, "SELECT count(*) FROM surveys")).containsExactly("1");
        assertThat(rows(workspace, "SELECT count(*) FROM survey_questions")).containsExactly("0");
    }

    private static NewSurvey scale(SurveyType type, int min, int max) {
        return NewSurvey.of(
                Optional.empty(),
                type,
                Optional.of(BigDecimal.valueOf(min)),
                Optional.of(BigDecimal.valueOf(max)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
