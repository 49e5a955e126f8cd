package org.kizuna.store.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kizuna.store.importing.StoreFixture.rows;
import static org.kizuna.store.survey.SurveyFixture.START;
import static org.kizuna.store.survey.SurveyFixture.score;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;
import org.kizuna.store.query.StoreMetricInputs;
import org.kizuna.testkit.CsvDataSet;

/**
 * Answering through a link: every reason a link is refused, one answer per invitation even under a race,
 * scores checked against the scale, and an answer counted by the metrics at once. Invitations are sent at
 * 2024-06-10 10:00 JST and expire 14 days later, 2024-06-24 10:00 JST.
 */
class AnswerTest {

    private static final Instant EXPIRY = Instant.parse("2024-06-24T01:00:00Z");

    @TempDir
    Path dir;

    private Workspace workspace;
    private MutableClock clock;
    private SurveyCollection surveys;
    private List<Invitation> invited;

    @BeforeEach
    void invite() {
        workspace = SurveyFixture.workspace(dir);
        clock = new MutableClock(START);
        surveys = new SurveyCollection(workspace, clock);
        invited = SurveyFixture.invitedToNps(surveys, clock);
        assertThat(invited).hasSize(3); // c1/u1, c1/u2, c2/u3
    }

    @Test
    void anAnswerIsStoredAsAResponseOfTheInvitationAtOnce() {
        Invitation u1 = invited.get(0);
        OpenLink link = surveys.open(u1.token());
        assertThat(link.survey().id()).isEqualTo("nps-q2");
        assertThat(link.survey().question(Language.JA)).isEqualTo("当社を友人や同僚に薦める可能性はどのくらいありますか？");
        assertThat(link.language()).isEqualTo(Language.JA);
        assertThat(link.expiresAt()).isEqualTo(EXPIRY);

        Answer answer = surveys.answer(u1.token(), score(9), Optional.of("  とても使いやすい  "), Optional.empty());

        assertThat(answer.responseId()).matches("resp-[0-9a-f-]{36}");
        // a fresh connection sees it: committed when answer returned
        assertThat(rows(
                        workspace,
                        "SELECT survey_id, customer_id, user_id, invitation_id, score, comment, language,"
                                + " strftime(answered_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M')"
                                + " FROM survey_responses WHERE response_id = '" + answer.responseId() + "'"))
                .containsExactly("nps-q2|c1|u1|" + u1.invitationId() + "|9.000000|とても使いやすい|ja|2024-06-10 03:00");
        assertThat(rows(
                        workspace,
                        "SELECT response_id FROM survey_link_answers WHERE invitation_id = '" + u1.invitationId()
                                + "'"))
                .containsExactly(answer.responseId());
    }

    @Test
    void aLinkIsAnsweredOnceAndThenRefusedAsAlreadyAnswered() {
        Invitation u3 = invited.get(2);
        surveys.answer(u3.token(), score(10), Optional.empty(), Optional.of(Language.EN));

        assertThat(rejection(() -> surveys.answer(u3.token(), score(0), Optional.empty(), Optional.empty())))
                .isEqualTo(LinkRejection.ALREADY_ANSWERED);
        assertThat(rejection(() -> surveys.open(u3.token()))).isEqualTo(LinkRejection.ALREADY_ANSWERED);
        assertThat(rows(
                        workspace,
                        "SELECT score FROM survey_responses WHERE invitation_id = '" + u3.invitationId() + "'"))
                .containsExactly("10.000000");
    }

    @Test
    void aLinkExpiresAtItsExpiryToTheSecond() {
        Invitation u1 = invited.get(0);
        clock.set(EXPIRY.minusSeconds(1));
        assertThat(surveys.open(u1.token()).invitationId()).isEqualTo(u1.invitationId());

        clock.set(EXPIRY);
        assertThat(rejection(() -> surveys.open(u1.token()))).isEqualTo(LinkRejection.EXPIRED);
        assertThat(rejection(() -> surveys.answer(u1.token(), score(9), Optional.empty(), Optional.empty())))
                .isEqualTo(LinkRejection.EXPIRED);
        assertThat(rows(workspace, "SELECT count(*) FROM survey_responses")).containsExactly("3");
    }

    @Test
    void aLinkRevokedInTheDatabaseIsExpired() {
        Invitation u1 = invited.get(0);
        SurveyFixture.execute(
                workspace,
                "UPDATE survey_links SET expires_at = TIMESTAMPTZ '2024-06-10 00:00:00+00' WHERE invitation_id = '"
                        + u1.invitationId() + "'");

        assertThat(rejection(() -> surveys.open(u1.token()))).isEqualTo(LinkRejection.EXPIRED);
    }

    @Test
    void aChangedSignatureOrInvitationIsTampered() {
        String token = invited.get(0).token();
        int middle = token.indexOf('.') + 10;
        String badSignature =
                token.substring(0, middle) + (token.charAt(middle) == 'x' ? 'y' : 'x') + token.substring(middle + 1);
        assertThat(rejection(() -> surveys.open(badSignature))).isEqualTo(LinkRejection.TAMPERED);

        // u1's signature on u3's invitation: the link cannot be turned into someone else's
        String u3 = invited.get(2).invitationId();
        String payload = "1|" + u3 + "|" + EXPIRY.getEpochSecond();
        String otherInvitation = java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));
        assertThat(rejection(() -> surveys.answer(otherInvitation, score(0), Optional.empty(), Optional.empty())))
                .isEqualTo(LinkRejection.TAMPERED);
        assertThat(rejection(() -> surveys.open("not-a-token"))).isEqualTo(LinkRejection.MALFORMED);
        assertThat(rows(workspace, "SELECT count(*) FROM survey_responses")).containsExactly("3");
    }

    @Test
    void aWellSignedLinkToAnInvitationTheWorkspaceDoesNotHoldIsUnknown() throws SQLException {
        byte[] secret;
        try (Connection connection = workspace.connect()) {
            secret = SigningKey.secret(connection, clock);
        }
        String token = new LinkToken("inv-00000000-0000-0000-0000-000000000000", EXPIRY).sign(secret);

        assertThat(rejection(() -> surveys.open(token))).isEqualTo(LinkRejection.UNKNOWN);
    }

    @Test
    void ofTwoAnswersAtOnceExactlyOneIsStored() throws Exception {
        for (Invitation invitation : invited) {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Object> answer = () -> {
                start.await();
                try {
                    return surveys.answer(invitation.token(), score(7), Optional.empty(), Optional.empty());
                } catch (SurveyLinkException e) {
                    return e.reason();
                }
            };
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<Object> first = threads.submit(answer);
                Future<Object> second = threads.submit(answer);
                start.countDown();
                List<Object> outcomes =
                        new ArrayList<>(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)));
                assertThat(outcomes).filteredOn(Answer.class::isInstance).hasSize(1);
                assertThat(outcomes)
                        .filteredOn(o -> o == LinkRejection.ALREADY_ANSWERED)
                        .hasSize(1);
            } finally {
                threads.shutdownNow();
            }
            assertThat(rows(
                            workspace,
                            "SELECT count(*) FROM survey_responses WHERE invitation_id = '" + invitation.invitationId()
                                    + "'"))
                    .containsExactly("1");
        }
    }

    @Test
    void aScoreOffTheScaleIsRefusedAndNothingIsStored() {
        Invitation u1 = invited.get(0);
        for (BigDecimal bad : List.of(score(11), score(-1), new BigDecimal("7.5"))) {
            assertThatThrownBy(() -> surveys.answer(u1.token(), bad, Optional.empty(), Optional.empty()))
                    .isInstanceOf(InvalidAnswerException.class)
                    .hasMessage("score " + bad.toPlainString() + " is not a whole number on the scale 0–10 of survey"
                            + " nps-q2");
        }
        assertThat(rows(workspace, "SELECT count(*) FROM survey_responses")).containsExactly("3");
        assertThat(rows(workspace, "SELECT count(*) FROM survey_link_answers")).containsExactly("0");
        // the link can still be answered properly
        assertThat(surveys.answer(u1.token(), score(10), Optional.empty(), Optional.empty())
                        .score())
                .isEqualByComparingTo("10");
    }

    @Test
    void answersChangeJunesNpsAsSoonAsTheyAreStored() {
        // imported: c1 10, c2 6, c3 8 → (1 promoter − 1 detractor) / 3 = 0
        assertThat(juneNps().value()).isEqualByComparingTo("0.00");

        surveys.answer(invited.get(0).token(), score(9), Optional.empty(), Optional.empty()); // u1: promoter
        surveys.answer(invited.get(1).token(), score(3), Optional.empty(), Optional.empty()); // u2: detractor
        surveys.answer(invited.get(2).token(), score(10), Optional.empty(), Optional.empty()); // u3: promoter

        // 10, 6, 8, 9, 3, 10: promoters 10, 9, 10 = 3; detractors 6, 3 = 2; passive 8 = 1
        // NPS = 100 × (3 − 2) / 6 = 16.666… → 16.67
        MetricResult nps = juneNps();
        assertThat(nps.value()).isEqualByComparingTo("16.67");
        assertThat(nps.denominator()).isEqualByComparingTo("6");
    }

    @Test
    void aLaterImportKeepsCollectedAnswersThatAreNotInItsFiles() {
        Answer answer = surveys.answer(invited.get(0).token(), score(9), Optional.empty(), Optional.empty());

        // the same data set again, with one more answer: its rows replace r1 … r3 and i-old, nothing else
        CsvDataSet again = SurveyFixture.company()
                .table("survey_responses")
                .row("r4", "nps-import", "c2", "2024-06-06T10:00:00+09:00", "9");
        new Importer(workspace).importFrom(again.writeTo(dir.resolve("again")), ImportOptions.defaults());

        assertThat(rows(workspace, "SELECT response_id FROM survey_responses ORDER BY response_id"))
                .containsExactly("r1", "r2", "r3", "r4", answer.responseId());
        assertThat(rows(workspace, "SELECT count(*) FROM survey_invitations WHERE invitation_id LIKE 'inv-%'"))
                .containsExactly("3");
        assertThat(surveys.find("nps-q2").orElseThrow().collected()).isTrue();

        // a file that holds the collected response's id replaces it, as any row with its key; the link stays
        // answered
        CsvDataSet replacing = CsvDataSet.aDataSet()
                .table(
                        "survey_responses",
                        "response_id",
                        "survey_id",
                        "customer_id",
                        "invitation_id",
                        "answered_at",
                        "score")
                .row(answer.responseId(), "nps-q2", "c1", answer.invitationId(), "2024-06-10T12:00:00+09:00", "8");
        new Importer(workspace).importFrom(replacing.writeTo(dir.resolve("replacing")), ImportOptions.defaults());
        assertThat(rows(
                        workspace,
                        "SELECT score FROM survey_responses WHERE response_id = '" + answer.responseId() + "'"))
                .containsExactly("8.000000");
        assertThat(rejection(() -> surveys.open(invited.get(0).token()))).isEqualTo(LinkRejection.ALREADY_ANSWERED);
    }

    private MetricResult juneNps() {
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            return new MetricsEngine()
                    .compute(
                            new MetricRequest(Period.parse("2024-06"), Optional.empty(), workspace.settings()),
                            MetricCatalog.select(List.of("nps")),
                            inputs)
                    .get(0);
        }
    }

    private static LinkRejection rejection(Runnable action) {
        SurveyLinkException refused = catchThrowableOfType(SurveyLinkException.class, action::run);
        assertThat(refused).as("the link must be refused").isNotNull();
        return refused.reason();
    }
}
