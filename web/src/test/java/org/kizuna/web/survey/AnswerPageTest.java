package org.kizuna.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.survey.SurveyFixtures.count;
import static org.kizuna.web.survey.SurveyFixtures.json;
import static org.kizuna.web.survey.SurveyFixtures.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kizuna.metrics.Language;
import org.kizuna.store.Workspace;
import org.kizuna.store.survey.InAppInvitation;
import org.kizuna.store.survey.NewSurvey;
import org.kizuna.store.survey.SurveyCollection;
import org.kizuna.store.survey.SurveyType;
import org.kizuna.web.Browser;
import org.kizuna.web.GoldenWorkspace;
import org.kizuna.web.ScratchServerTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * The public answer page and its JSON twin for the widget: an answer counts in the metrics at once, every
 * refused link gets its own status and page, hostile comments are stored verbatim and shown as text, and
 * the page fits a phone. Links are made on the scratch workspace as the API would make them.
 */
@ScratchServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerPageTest {

    private static final String NPS = "web-nps";
    private static final String CSAT = "web-csat";

    @Value("${local.server.port}")
    int port;

    @Value("${" + ScratchServerTest.folder + "}")
    Path folder;

    private SurveyCollection surveys;
    private int users;

    @BeforeAll
    void createSurveys() {
        surveys = new SurveyCollection(Workspace.open(folder));
        surveys.create(NewSurvey.of(
                Optional.of(NPS),
                SurveyType.NPS,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("web"),
                Optional.empty(),
                Optional.empty()));
        surveys.create(NewSurvey.of(
                Optional.of(CSAT),
                SurveyType.CSAT,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("support"),
                Optional.of("サポートに満足しましたか？"),
                Optional.of("Were you happy with our support?")));
    }

    /** A new link of customer c01 (a Japanese customer, not churned) for a user never asked before. */
    private synchronized String link(String survey, Language language) {
        return surveys.inviteInApp(new InAppInvitation(
                        survey, "c01", "web-user-" + ++users, Optional.empty(), Optional.ofNullable(language), 14))
                .token();
    }

    private long responses(String survey) {
        return count(folder, "SELECT count(*) FROM survey_responses WHERE survey_id = ?", survey);
    }

    @Test
    void answersThroughLinksCountInTheNpsAtOnce() {
        Browser visitor = new Browser(port);
        Browser analyst = Browser.signedIn(port, GoldenWorkspace.ANALYST, GoldenWorkspace.PASSWORD);
        // The golden data's responses are all from 2024: today (in the workspace's Tokyo time) has none. Today and
        // tomorrow, so that answers given just after midnight still count.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String metrics = "/api/v1/metrics?period=" + today + ".." + today.plusDays(1) + "&metric=nps";
        JsonNode before = json(analyst.get(metrics)).get(0);
        assertThat(before.get("value").isNull()).isTrue();

        assertThat(visitor.post("/s/" + link(NPS, null), Map.of("score", "10", "comment", ""))
                        .statusCode())
                .isEqualTo(200);
        assertThat(visitor.post("/s/" + link(NPS, null), Map.of("score", "9")).statusCode())
                .isEqualTo(200);
        assertThat(postJson(visitor, "/s/" + link(NPS, null), "{\"score\":3,\"comment\":\"遅い\"}")
                        .statusCode())
                .isEqualTo(200);

        JsonNode after = json(analyst.get(metrics)).get(0);
        // promoters (9–10): 10 and 9 = 2; detractors (0–6): 3 = 1; responses 3
        // NPS = 100 × (2 − 1) / 3 = 33.33 pt
        assertThat(after.get("value").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(after.get("parts").get("promoters").asLong()).isEqualTo(2);
        assertThat(after.get("parts").get("detractors").asLong()).isEqualTo(1);
        assertThat(after.get("parts").get("responses").asLong()).isEqualTo(3);
    }

    @Test
    void thePageAsksInTheRecipientsLanguageAndFitsAPhone() {
        Browser visitor = new Browser(port);
        // c01's language is ja, so a link made without a language asks in Japanese.
        HttpResponse<String> ja = visitor.get("/s/" + link(CSAT, null));
        assertThat(ja.statusCode()).isEqualTo(200);
        assertThat(ja.body())
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("サポートに満足しましたか？")
                .contains("とても不満")
                .contains("とても満足")
                .contains("送信する");
        // CSAT is scored 1–5: five buttons, no 0 and no 6.
        for (int score = 1; score <= 5; score++) {
            assertThat(ja.body()).contains("name=\"score\" value=\"" + score + "\"");
        }
        assertThat(ja.body()).doesNotContain("value=\"0\"").doesNotContain("value=\"6\"");

        HttpResponse<String> en = visitor.get("/s/" + link(CSAT, Language.EN));
        assertThat(en.body())
                .contains("Were you happy with our support?")
                .contains("Very dissatisfied")
                .contains("Send");
        // NPS runs 0–10: eleven buttons.
        HttpResponse<String> nps = visitor.get("/s/" + link(NPS, Language.EN));
        for (int score = 0; score <= 10; score++) {
            assertThat(nps.body()).contains("name=\"score\" value=\"" + score + "\"");
        }
        assertThat(nps.body()).contains("Not at all likely").contains("Extremely likely");
    }

    @Test
    void aScoreOffTheScaleIsAskedAgainAndNothingIsStored() {
        Browser visitor = new Browser(port);
        String token = link(CSAT, Language.EN);
        long before = responses(CSAT);
        HttpResponse<String> off = visitor.post("/s/" + token, Map.of("score", "6", "comment", "kept"));
        assertThat(off.statusCode()).isEqualTo(400);
        assertThat(off.body()).contains("Please choose a score from 1 to 5.").contains(">kept</textarea>");
        HttpResponse<String> none = visitor.post("/s/" + token, Map.of("comment", "no score"));
        assertThat(none.statusCode()).isEqualTo(400);
        HttpResponse<String> json = postJson(visitor, "/s/" + token, "{\"score\":2.5}");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json(json).get("reason").asText()).isEqualTo("INVALID_SCORE");
        assertThat(responses(CSAT)).isEqualTo(before);
        // The link still works afterwards.
        assertThat(visitor.post("/s/" + token, Map.of("score", "5")).statusCode())
                .isEqualTo(200);
        assertThat(responses(CSAT)).isEqualTo(before + 1);
    }

    @Test
    void eachRefusedLinkHasItsOwnStatusAndPageInBothLanguages() {
        Browser visitor = new Browser(port);
        // malformed: not two base64url parts
        assertRefused(visitor, "not-a-link", 400, "MALFORMED", "このリンクは正しくありません。", "This link is not valid.");

        // tampered: the signature's last character changed
        String good = link(CSAT, null);
        char last = good.charAt(good.length() - 1);
        String tampered = good.substring(0, good.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertRefused(visitor, tampered, 403, "TAMPERED", "このリンクは変更されているため使えません。", "has been altered");

        // unknown: a signed link whose invitation is gone
        String gone = link(CSAT, null);
        String invitation = surveys.open(gone).invitationId();
        SurveyFixtures.execute(folder, "DELETE FROM survey_links WHERE invitation_id = ?", invitation);
        assertRefused(visitor, gone, 404, "UNKNOWN", "このアンケートの依頼は見つかりません。", "could not be found");

        // already answered: the second answer is refused and not stored
        String once = link(CSAT, null);
        assertThat(visitor.post("/s/" + once, Map.of("score", "4")).statusCode())
                .isEqualTo(200);
        long afterFirst = responses(CSAT);
        assertRefused(visitor, once, 409, "ALREADY_ANSWERED", "回答済み", "already been answered");
        assertThat(visitor.post("/s/" + once, Map.of("score", "1")).statusCode())
                .isEqualTo(409);
        assertThat(responses(CSAT)).isEqualTo(afterFirst);

        // expired: made 30 days ago to expire after one day
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofDays(30)), ZoneOffset.UTC);
        String expired = new SurveyCollection(Workspace.open(folder), past)
                .inviteInApp(new InAppInvitation(CSAT, "c02", "web-expired", Optional.empty(), Optional.empty(), 1))
                .token();
        assertRefused(visitor, expired, 410, "EXPIRED", "回答期限は過ぎています", "has expired");
    }

    private void assertRefused(Browser visitor, String token, int status, String reason, String ja, String en) {
        long before = count(folder, "SELECT count(*) FROM survey_responses");
        HttpResponse<String> page = visitor.get("/s/" + token);
        assertThat(page.statusCode()).as(reason).isEqualTo(status);
        assertThat(page.body()).contains(ja).contains(en).doesNotContain("Exception");
        HttpResponse<String> post = visitor.post("/s/" + token, Map.of("score", "3"));
        assertThat(post.statusCode()).as(reason).isEqualTo(status);
        HttpResponse<String> json = postJson(visitor, "/s/" + token, "{\"score\":3}");
        assertThat(json.statusCode()).as(reason).isEqualTo(status);
        assertThat(json(json).get("reason").asText()).isEqualTo(reason);
        assertThat(json(json).get("error").asText()).isNotBlank();
        assertThat(count(folder, "SELECT count(*) FROM survey_responses")).isEqualTo(before);
    }

    @Test
    void hostileCommentsAreStoredVerbatimAndShownAsText() {
        Browser visitor = new Browser(port);
        String script = "<script>alert(1)</script>";
        String sql = "'); DROP TABLE survey_responses; --";
        assertThat(visitor.post("/s/" + link(CSAT, null), Map.of("score", "2", "comment", script))
                        .statusCode())
                .isEqualTo(200);
        assertThat(postJson(
                                visitor,
                                "/s/" + link(CSAT, null),
                                "{\"score\":3,\"comment\":\"'); DROP TABLE" + " survey_responses; --\"}")
                        .statusCode())
                .isEqualTo(200);

        assertThat(count(folder, "SELECT count(*) FROM survey_responses WHERE comment = ?", script))
                .isEqualTo(1);
        assertThat(count(folder, "SELECT count(*) FROM survey_responses WHERE comment = ?", sql))
                .isEqualTo(1);

        Browser viewer = Browser.signedIn(port, GoldenWorkspace.VIEWER, GoldenWorkspace.PASSWORD);
        String page = viewer.get("/surveys/" + CSAT).body();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(script);
        assertThat(page).contains("&#39;); DROP TABLE survey_responses; --");
    }

    @Test
    void theWidgetScriptIsServedAsJavaScriptWithoutSignIn() {
        HttpResponse<String> widget = new Browser(port).get("/s/widget.js");
        assertThat(widget.statusCode()).isEqualTo(200);
        assertThat(widget.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(widget.body()).contains("KizunaSurvey").contains("data-kizuna-token");
    }

    @Test
    void anotherSiteMayPostAnAnswerAsJsonAfterAPreflight() {
        Browser site = new Browser(port);
        String token = link(CSAT, Language.EN);
        String origin = "https://app.customer.example";
        HttpResponse<String> preflight = site.send(
                "/s/" + token,
                request -> request.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        // any origin may post, without credentials
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow())
                .isEqualTo("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(methods -> assertThat(methods).contains("POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(headers -> assertThat(headers.toLowerCase()).contains("content-type"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();

        HttpResponse<String> question = site.get("/s/" + token + "/question", "Origin", origin);
        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(question.headers().firstValue("Access-Control-Allow-Origin").orElseThrow())
                .isEqualTo("*");
        JsonNode asked = json(question);
        assertThat(asked.get("question").asText()).isEqualTo("Were you happy with our support?");
        assertThat(asked.get("scale_min").asInt()).isEqualTo(1);
        assertThat(asked.get("scale_max").asInt()).isEqualTo(5);
        assertThat(asked.get("texts").get("send").asText()).isEqualTo("Send");

        long before = responses(CSAT);
        HttpResponse<String> answer =
                postJson(site, "/s/" + token, "{\"score\":4,\"comment\":\"from the app\"}", "Origin", origin);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin").orElseThrow())
                .isEqualTo("*");
        assertThat(answer.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();
        assertThat(json(answer).get("status").asText()).isEqualTo("recorded");
        assertThat(responses(CSAT)).isEqualTo(before + 1);
        assertThat(count(folder, "SELECT count(*) FROM survey_responses WHERE comment = 'from the app' AND score = 4"))
                .isEqualTo(1);
    }
}
