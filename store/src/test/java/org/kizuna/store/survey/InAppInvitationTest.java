package org.kizuna.store.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kizuna.store.survey.SurveyFixture.START;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.metrics.Language;
import org.kizuna.store.Workspace;

/**
 * Inviting one user in the app, listing a survey's links and its latest responses. The clock starts at
 * 2024-06-10 10:00 JST; the throttle is the default 30 days.
 */
class InAppInvitationTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private MutableClock clock;
    private SurveyCollection surveys;

    @BeforeEach
    void workspace() {
        clock = new MutableClock(START);
        workspace = SurveyFixture.workspace(dir);
        surveys = new SurveyCollection(workspace, clock);
        surveys.create(SurveyFixture.nps());
    }

    private static InAppInvitation of(String customer, String user) {
        return new InAppInvitation("nps-q2", customer, user, Optional.empty(), Optional.empty(), 14);
    }

    @Test
    void aUserIsInvitedInTheirContactsLanguageAndNotAgainWithinTheThrottle() {
        // c2/u3 is a loaded contact speaking English, with an address
        Invitation made = surveys.inviteInApp(of("c2", "u3"));
        assertThat(made.delivery()).isEqualTo(Invitation.Delivery.IN_APP);
        assertThat(made.language()).isEqualTo(Language.EN);
        assertThat(made.email()).hasValue("ben@example.com");
        assertThat(made.expiresAt()).isEqualTo(START.plus(Duration.ofDays(14)));
        assertThat(surveys.open(made.token()).invitationId()).isEqualTo(made.invitationId());
        assertThat(SurveyFixture.count(workspace, "SELECT * FROM survey_invitations WHERE channel = 'in_app'"))
                .isEqualTo(1);

        clock.advance(Duration.ofDays(29));
        assertThatThrownBy(() -> surveys.inviteInApp(of("c2", "u3")))
                .isInstanceOfSatisfying(InvitationRefusedException.class, e -> {
                    assertThat(e.skipped().orElseThrow().reason()).isEqualTo(Skipped.Reason.THROTTLED);
                    // first invited at START: asked again from START + 30 days
                    assertThat(e.askAgainFrom()).hasValue(START.plus(Duration.ofDays(30)));
                });
        clock.advance(Duration.ofDays(1));
        assertThat(surveys.inviteInApp(of("c2", "u3")).invitationId()).isNotEqualTo(made.invitationId());
    }

    @Test
    void churnedUnknownAndBadFieldsAreRefused() {
        assertThatThrownBy(() -> surveys.inviteInApp(of("c4", "u4")))
                .isInstanceOfSatisfying(
                        InvitationRefusedException.class,
                        e -> assertThat(e.skipped().orElseThrow().reason()).isEqualTo(Skipped.Reason.CHURNED));
        assertThatThrownBy(() -> surveys.inviteInApp(of("c9", "u9")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("customer_id:");
        assertThatThrownBy(() -> surveys.inviteInApp(
                        new InAppInvitation("nope", "c1", "u1", Optional.empty(), Optional.empty(), 14)))
                .isInstanceOf(UnknownSurveyException.class);
        assertThatThrownBy(() -> of("c1", " ")).hasMessageStartingWith("user_id:");
        assertThatThrownBy(() -> new InAppInvitation("nps-q2", "c1", "u1", Optional.of("x@"), Optional.empty(), 14))
                .hasMessageStartingWith("email:");
        assertThatThrownBy(() -> surveys.inviteInApp(
                        new InAppInvitation("nps-import", "c1", "u1", Optional.empty(), Optional.empty(), 14)))
                .isInstanceOf(InvitationRefusedException.class)
                .hasMessageContaining("imported");
    }

    @Test
    void aSurveysLinksAreTheTokensSentAndItsLatestResponsesComeNewestFirst() {
        InvitationBatch batch = surveys.invite(
                new InvitationRequest("nps-q2", Audience.customers(List.of("c1")), 7, Optional.empty(), true));
        Invitation inApp = surveys.inviteInApp(of("c2", "u3"));
        List<Invitation> links = surveys.links("nps-q2");
        // c1/u1 written to the outbox, c1/u2 by link (no address), then c2/u3 in the app
        assertThat(links)
                .extracting(i -> i.customerId() + "/" + i.userId().orElse("-") + " " + i.delivery() + " " + i.token())
                .containsExactly(
                        "c1/u1 OUTBOX " + batch.invited().get(0).token(),
                        "c1/u2 LINK " + batch.invited().get(1).token(),
                        "c2/u3 IN_APP " + inApp.token());

        clock.advance(Duration.ofHours(1));
        surveys.answer(links.get(0).token(), SurveyFixture.score(9), Optional.of("<b>良い</b>"), Optional.empty());
        clock.advance(Duration.ofHours(1));
        Instant second = clock.instant();
        surveys.answer(links.get(2).token(), SurveyFixture.score(4), Optional.empty(), Optional.empty());
        List<SurveyResponse> latest = surveys.latestResponses("nps-q2", 10);
        assertThat(latest).extracting(SurveyResponse::customerId).containsExactly("c2", "c1");
        assertThat(latest.get(0).answeredAt()).isEqualTo(second);
        assertThat(latest.get(1).comment()).hasValue("<b>良い</b>");
        assertThat(surveys.latestResponses("nps-q2", 1)).hasSize(1);
    }
}
