package org.kizuna.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.survey.SurveyFixtures.count;
import static org.kizuna.web.survey.SurveyFixtures.json;
import static org.kizuna.web.survey.SurveyFixtures.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kizuna.store.Workspace;
import org.kizuna.store.account.AccountStore;
import org.kizuna.store.survey.NewSurvey;
import org.kizuna.store.survey.SurveyCollection;
import org.kizuna.store.survey.SurveyType;
import org.kizuna.web.Browser;
import org.kizuna.web.GoldenWorkspace;
import org.kizuna.web.ScratchServerTest;
import org.kizuna.web.account.Credentials;
import org.springframework.beans.factory.annotation.Value;

/** The survey API: the list for any account, in-app invitations for analysts with their refusals. */
@ScratchServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyApiTest {

    private static final String SURVEY = "in-app-nps";

    @Value("${local.server.port}")
    int port;

    @Value("${" + ScratchServerTest.folder + "}")
    Path folder;

    private String analystToken;
    private String viewerToken;

    @BeforeAll
    void prepare() {
        Workspace workspace = Workspace.open(folder);
        new SurveyCollection(workspace)
                .create(NewSurvey.of(
                        Optional.of(SURVEY),
                        SurveyType.NPS,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("in_app"),
                        Optional.empty(),
                        Optional.empty()));
        AccountStore accounts = new AccountStore(workspace);
        analystToken = Credentials.mintToken(accounts, GoldenWorkspace.ANALYST).text();
        viewerToken = Credentials.mintToken(accounts, GoldenWorkspace.VIEWER).text();
    }

    private HttpResponse<String> invite(String survey, String body, String token) {
        return postJson(
                new Browser(port),
                "/api/v1/surveys/" + survey + "/invitations",
                body,
                "Authorization",
                "Bearer " + token);
    }

    private long invitations() {
        return count(folder, "SELECT count(*) FROM survey_invitations");
    }

    @Test
    void anInvitationGivesATokenThatAnswersAndTheSameUserIsThrottled() {
        Instant before = Instant.now().minusSeconds(1);
        HttpResponse<String> made =
                invite(SURVEY, "{\"customer_id\":\"c02\",\"user_id\":\"u02-app\",\"language\":\"en\"}", analystToken);
        assertThat(made.statusCode()).isEqualTo(201);
        JsonNode body = json(made);
        String token = body.get("token").asText();
        assertThat(body.get("url").asText()).isEqualTo("http://localhost:8080/s/" + token);
        Instant expires = Instant.parse(body.get("expires_at").asText());
        // a link lasts 14 days unless told otherwise
        assertThat(Duration.between(before, expires).toDays()).isEqualTo(14);
        assertThat(count(
                        folder,
                        "SELECT count(*) FROM survey_invitations WHERE customer_id = 'c02'"
                                + " AND user_id = 'u02-app' AND channel = 'in_app' AND survey_id = ?",
                        SURVEY))
                .isEqualTo(1);

        HttpResponse<String> page = new Browser(port).get("/s/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("How likely are you to recommend us to a friend or colleague?");

        long stored = invitations();
        HttpResponse<String> again = invite(SURVEY, "{\"customer_id\":\"c02\",\"user_id\":\"u02-app\"}", analystToken);
        assertThat(again.statusCode()).isEqualTo(409);
        JsonNode refusal = json(again);
        assertThat(refusal.get("reason").asText()).isEqualTo("THROTTLED");
        // asked again from the first invitation + survey.throttle_days (30 by default)
        Instant askAgain = Instant.parse(refusal.get("ask_again_from").asText());
        assertThat(askAgain).isEqualTo(expires.minus(Duration.ofDays(14)).plus(Duration.ofDays(30)));
        assertThat(refusal.get("error").asText()).contains("may be asked again from");
        assertThat(invitations()).isEqualTo(stored);
    }

    @Test
    void aChurnedCustomerIsRefused() {
        // c05 churned on 2024-06-20
        HttpResponse<String> churned = invite(SURVEY, "{\"customer_id\":\"c05\",\"user_id\":\"u05\"}", analystToken);
        assertThat(churned.statusCode()).isEqualTo(409);
        assertThat(json(churned).get("reason").asText()).isEqualTo("CHURNED");
    }

    @Test
    void aBadFieldIsNamedAndNothingIsStored() {
        long stored = invitations();
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"{\"customer_id\":\"c03\"}", "user_id"});
        cases.add(new String[] {"{\"user_id\":\"u1\"}", "customer_id"});
        cases.add(new String[] {"{\"customer_id\":\"c99\",\"user_id\":\"u1\"}", "customer_id"});
        cases.add(new String[] {"{\"customer_id\":\"c03\",\"user_id\":\"u1\",\"email\":\"not-an-address\"}", "email"});
        cases.add(new String[] {"{\"customer_id\":\"c03\",\"user_id\":\"u1\",\"language\":\"fr\"}", "language"});
        cases.add(new String[] {"{\"customer_id\":\"c03\",\"user_id\":\"u1\",\"expires_days\":0}", "expires_days"});
        cases.add(new String[] {"{\"customer_id\":3,\"user_id\":\"u1\"}", "customer_id"});
        cases.add(new String[] {"not json", "body"});
        for (String[] c : cases) {
            HttpResponse<String> response = invite(SURVEY, c[0], analystToken);
            assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(json(response).get("field").asText()).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(invitations()).isEqualTo(stored);
    }

    @Test
    void anUnknownSurveyIs404AndAViewerMayNotInvite() {
        HttpResponse<String> unknown =
                invite("no-such-survey", "{\"customer_id\":\"c03\",\"user_id\":\"u1\"}", analystToken);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error").asText()).contains("no-such-survey");

        HttpResponse<String> viewer = invite(SURVEY, "{\"customer_id\":\"c03\",\"user_id\":\"u1\"}", viewerToken);
        assertThat(viewer.statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = postJson(
                new Browser(port),
                "/api/v1/surveys/" + SURVEY + "/invitations",
                "{\"customer_id\":\"c03\",\"user_id\":\"u1\"}",
                "Authorization",
                "Bearer not-a-token");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void anyAccountListsTheSurveysWithTheirOwnScores() {
        HttpResponse<String> list = new Browser(port).get("/api/v1/surveys", "Authorization", "Bearer " + viewerToken);
        assertThat(list.statusCode()).isEqualTo(200);
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        json(list).get("surveys").forEach(s -> byId.put(s.get("survey_id").asText(), s));
        assertThat(byId).containsKeys("nps", "csat_support", "ces_support", SURVEY);
        JsonNode nps = byId.get("nps");
        // golden nps: 18 responses, promoters (9–10) n01 n02 n08 n09 n10 n11 n15 n17 n18 = 9,
        // detractors (0–6) n03 n04 n05 n06 n13 n16 = 6: 100 × (9 − 6) / 18 = 16.67
        assertThat(nps.get("score").get("value").decimalValue()).isEqualByComparingTo("16.67");
        assertThat(nps.get("invitations").asLong()).isEqualTo(14);
        assertThat(nps.get("responses").asLong()).isEqualTo(18);
        assertThat(nps.get("collected").asBoolean()).isFalse();
        // answers without an invitation count too: 18 ÷ 14 × 100 = 128.571… → 128.57
        assertThat(nps.get("response_rate").decimalValue()).isEqualByComparingTo("128.57");
        // the scale as it is written, not as it is stored (10.000000)
        assertThat(nps.get("scale_min").asText()).isEqualTo("0");
        assertThat(nps.get("scale_max").asText()).isEqualTo("10");
        // csat_support: a01–a08 scored 5 2 4 1 5 3 4 5; satisfied (≥ 4 on 1–5) = 5 of 8 = 62.50 %
        assertThat(byId.get("csat_support").get("score").get("value").decimalValue())
                .isEqualByComparingTo("62.50");
        assertThat(byId.get("trust").get("score").isNull()).isTrue();
        assertThat(byId.get(SURVEY).get("collected").asBoolean()).isTrue();
        assertThat(new Browser(port).get("/api/v1/surveys").statusCode()).isEqualTo(401);
    }
}
