package org.kizuna.store.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.store.importing.StoreFixture.rows;
import static org.kizuna.store.survey.SurveyFixture.START;
import static org.kizuna.store.survey.SurveyFixture.score;

import java.math.BigDecimal;
import java.nio.file.Path;
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
import org.kizuna.metrics.Language;
import org.kizuna.store.Workspace;

/**
 * Answers stored together: one transaction for a batch, each answer still checked and refused on its own, and
 * the queue that gathers answers arriving at once. Invitations as in {@link AnswerTest}: c1/u1, c1/u2, c2/u3,
 * sent 2024-06-10 10:00 JST, answered two hours later; the workspace already holds three imported responses.
 */
class AnswerBatchTest {

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
        assertThat(invited).hasSize(3);
    }

    private static SurveyCollection.AnswerRequest request(String token, int score) {
        return new SurveyCollection.AnswerRequest(token, score(score), Optional.empty(), Optional.empty());
    }

    /**
     * One batch of six: u1 9 (stored), u1 again (already answered: the first one in the batch claimed it), a
     * tampered token, u2 with 11 (off the 0–10 scale), u3 10 with an English comment (stored), and a token that is
     * not a token. Two responses are added to the three imported ones: 5.
     */
    @Test
    void eachAnswerOfABatchIsCheckedOnItsOwn() {
        String u1 = invited.get(0).token();
        String tampered = u1.substring(0, u1.length() - 2) + (u1.endsWith("A") ? "BB" : "AA");
        List<SurveyCollection.AnswerOutcome> outcomes = surveys.answerAll(List.of(
                request(u1, 9),
                request(u1, 3),
                request(tampered, 5),
                request(invited.get(1).token(), 11),
                new SurveyCollection.AnswerRequest(
                        invited.get(2).token(), score(10), Optional.of("great"), Optional.of(Language.EN)),
                request("not-a-token", 7)));

        assertThat(outcomes.get(0).stored().score()).isEqualByComparingTo("9");
        assertThat(reason(outcomes.get(1))).isEqualTo(LinkRejection.ALREADY_ANSWERED);
        assertThat(reason(outcomes.get(2))).isEqualTo(LinkRejection.TAMPERED);
        assertThat(outcomes.get(3).refusal())
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("score 11 is not a whole number on the scale 0–10");
        assertThat(outcomes.get(4).stored().comment()).contains("great");
        assertThat(reason(outcomes.get(5))).isEqualTo(LinkRejection.MALFORMED);

        assertThat(rows(workspace, "SELECT count(*) FROM survey_responses")).containsExactly("5");
        assertThat(rows(
                        workspace,
                        "SELECT user_id || ':' || CAST(score AS INTEGER) FROM survey_responses"
                                + " WHERE invitation_id IS NOT NULL AND response_id LIKE 'resp-%' ORDER BY user_id"))
                .containsExactly("u1:9", "u3:10");
        assertThat(rows(workspace, "SELECT count(*) FROM survey_link_answers")).containsExactly("2");
        // u2 was refused for its score only: its link can still be answered.
        assertThat(surveys.answer(invited.get(1).token(), score(0), Optional.empty(), Optional.empty())
                        .score())
                .isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aBatchOfRefusalsWritesNothing() {
        List<SurveyCollection.AnswerOutcome> outcomes = surveys.answerAll(
                List.of(request("x", 1), request(invited.get(0).token(), 12)));
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.refusal()).isNotNull());
        assertThat(rows(workspace, "SELECT count(*) FROM survey_responses")).containsExactly("3");
    }

    /**
     * Twenty threads at once through the queue: six answer each of the three links (18), two send a malformed
     * token. Exactly one answer per link is stored (3 + 3 imported = 6 responses), the other fifteen answers to
     * the links are refused as already answered, and the two malformed ones as malformed.
     */
    @Test
    void theQueueStoresOneAnswerPerLinkUnderARace() throws Exception {
        List<Object> outcomes = new ArrayList<>();
        try (AnswerQueue queue = new AnswerQueue(surveys)) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(20);
            try {
                List<Future<Object>> futures = new ArrayList<>();
                for (int t = 0; t < 20; t++) {
                    String token = t < 18 ? invited.get(t % 3).token() : "garbage-" + t;
                    Callable<Object> answer = () -> {
                        start.await();
                        try {
                            return queue.answer(token, score(8), Optional.empty(), Optional.empty());
                        } catch (SurveyLinkException e) {
                            return e.reason();
                        }
                    };
                    futures.add(threads.submit(answer));
                }
                start.countDown();
                for (Future<Object> future : futures) {
                    outcomes.add(future.get(60, TimeUnit.SECONDS));
                }
            } finally {
                threads.shutdownNow();
            }
        }
        assertThat(outcomes).filteredOn(Answer.class::isInstance).hasSize(3);
        assertThat(outcomes)
                .filteredOn(o -> o == LinkRejection.ALREADY_ANSWERED)
                .hasSize(15);
        assertThat(outcomes).filteredOn(o -> o == LinkRejection.MALFORMED).hasSize(2);
        assertThat(rows(workspace, "SELECT count(*) FROM survey_responses")).containsExactly("6");
        assertThat(rows(workspace, "SELECT count(DISTINCT invitation_id) FROM survey_link_answers"))
                .containsExactly("3");
    }

    @Test
    void aClosedQueueTakesNoMoreAnswers() {
        AnswerQueue queue = new AnswerQueue(surveys);
        queue.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> queue.answer(invited.get(0).token(), score(9), Optional.empty(), Optional.empty()))
                .hasMessageContaining("the answer was not stored");
        assertThat(rows(workspace, "SELECT count(*) FROM survey_responses")).containsExactly("3");
    }

    private static LinkRejection reason(SurveyCollection.AnswerOutcome outcome) {
        assertThat(outcome.refusal()).isInstanceOf(SurveyLinkException.class);
        return ((SurveyLinkException) outcome.refusal()).reason();
    }
}
