package org.kizuna.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.survey.SurveyFixtures.count;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kizuna.web.Browser;
import org.kizuna.web.GoldenWorkspace;
import org.kizuna.web.ScratchServerTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * The survey pages: an analyst creates a survey, loads contacts and invites them through the pages, as the
 * command line would; viewers see lists and details without the forms, and their posts are refused.
 */
@ScratchServerTest
class SurveyPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Value("${local.server.port}")
    int port;

    @Value("${" + ScratchServerTest.folder + "}")
    Path folder;

    private Browser analyst() {
        return Browser.signedIn(port, GoldenWorkspace.ANALYST, GoldenWorkspace.PASSWORD);
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    /** Uploads a file as a browser's form does (multipart), with the page's CSRF token. */
    private static HttpResponse<String> upload(Browser browser, String path, String csrf, String name, String content) {
        String boundary = "----kizuna-test-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + content + "\r\n"
                + "--" + boundary + "--\r\n";
        return browser.send(
                path,
                request -> request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    @Test
    void anAnalystCreatesASurveyLoadsContactsAndInvitesThem() {
        Browser analyst = analyst();
        String newPage = analyst.get("/surveys/new").body();
        HttpResponse<String> created = analyst.post(
                "/surveys/new",
                form(
                        "_csrf", csrf(newPage),
                        "type", "csat",
                        "id", "onboarding-csat",
                        "scale_min", "1",
                        "scale_max", "5",
                        "threshold", "4",
                        "touchpoint", "onboarding",
                        "question_ja", "導入支援に満足しましたか？",
                        "question_en", "Were you happy with your onboarding?"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/surveys/onboarding-csat"));
        assertThat(count(
                        folder,
                        "SELECT count(*) FROM surveys WHERE survey_id = 'onboarding-csat' AND type = 'csat'"
                                + " AND satisfied_threshold = 4 AND touchpoint = 'onboarding'"))
                .isEqualTo(1);

        String detail = analyst.get("/surveys/onboarding-csat?lang=en").body();
        assertThat(detail).contains("Were you happy with your onboarding?").contains("outbox");

        // A contacts file with two problems loads nothing; the problems are listed with their lines.
        long contactsBefore = count(folder, "SELECT count(*) FROM survey_contacts");
        HttpResponse<String> rejected = upload(
                analyst,
                "/surveys/onboarding-csat/contacts",
                csrf(detail),
                "contacts.csv",
                "customer_id,user_id,email,name,language\n"
                        + "c01,u01a,aoba@example.com,青葉,ja\n"
                        + "c99,u99,,,\n"
                        + "c02,u02a,not-an-address,,\n");
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.body())
                .contains("No contacts were loaded: 2 problem(s) to fix first.")
                .containsPattern(
                        "<td>contacts.csv</td>\\s*<td class=\"num\">3</td>\\s*<td>customer_id: no customer c99")
                .containsPattern(
                        "<td>contacts.csv</td>\\s*<td class=\"num\">4</td>\\s*<td>email: &quot;not-an-address&quot;");
        assertThat(count(folder, "SELECT count(*) FROM survey_contacts")).isEqualTo(contactsBefore);

        HttpResponse<String> loaded = upload(
                analyst,
                "/surveys/onboarding-csat/contacts",
                csrf(detail),
                "contacts.csv",
                "customer_id,user_id,email,name,language\n" + "c01,u01a,aoba@example.com,青葉,ja\n" + "c02,u02a,,,en\n");
        assertThat(loaded.statusCode()).isEqualTo(200);
        assertThat(loaded.body()).contains("Loaded 2 contacts.");
        assertThat(count(folder, "SELECT count(*) FROM survey_contacts")).isEqualTo(contactsBefore + 2);

        // c01/u01a has an address (written to the outbox: no SMTP server), c02/u02a none (link only);
        // c05 has no contacts and churned on 2024-06-20; c99 does not exist.
        HttpResponse<String> invited = analyst.post(
                "/surveys/onboarding-csat/invitations",
                form(
                        "_csrf", csrf(detail),
                        "customers", "c01, c02, c05, c99",
                        "expires_days", "7",
                        "send_email", "yes"));
        assertThat(invited.statusCode()).isEqualTo(200);
        assertThat(invited.body())
                .contains("Invited 2: 0 emailed, 1 written to the outbox, 1 by link only.")
                .containsPattern("<td>c05</td>\\s*<td></td>\\s*<td>churned</td>")
                .containsPattern("<td>c99</td>\\s*<td></td>\\s*<td>unknown customer</td>");
        assertThat(count(folder, "SELECT count(*) FROM survey_invitations WHERE survey_id = 'onboarding-csat'"))
                .isEqualTo(2);
        assertThat(outbox()).hasSize(1);

        // Asked again at once, c01/u01a is skipped: invited within survey.throttle_days (30).
        HttpResponse<String> again =
                analyst.post("/surveys/onboarding-csat/invitations", form("_csrf", csrf(detail), "customers", "c01"));
        assertThat(again.body())
                .contains("Invited 0: 0 emailed, 0 written to the outbox, 0 by link only.")
                .containsPattern("<td>c01</td>\\s*<td>u01a</td>\\s*<td>asked recently</td>");

        HttpResponse<String> links = analyst.get("/surveys/onboarding-csat/links.csv");
        assertThat(links.statusCode()).isEqualTo(200);
        assertThat(links.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<String> lines = links.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFinvitation_id,customer_id,user_id,email,language,expires_at,delivery,link");
        assertThat(lines.subList(1, 3))
                .anySatisfy(line -> assertThat(line)
                        .contains(",c01,u01a,aoba@example.com,ja,")
                        .contains(",outbox,"))
                .anySatisfy(line -> assertThat(line).contains(",c02,u02a,,en,").contains(",link,"));
        // Each link answers its survey.
        String link = lines.get(1).substring(lines.get(1).lastIndexOf(',') + 1);
        String token = link.substring(link.indexOf("/s/") + 3);
        // The first row is c01's (invited first by customer), whose contact speaks Japanese.
        assertThat(lines.get(1)).contains(",c01,");
        assertThat(new Browser(port).get("/s/" + token).body()).contains("導入支援に満足しましたか？");

        // The list shows the survey's counts: 2 invitations, no answers yet.
        String list = analyst.get("/surveys?lang=en").body();
        assertThat(list)
                .containsPattern("data-survey=\"onboarding-csat\">[\\s\\S]*?<td class=\"num invitations\">2</td>"
                        + "\\s*<td class=\"num answers\">0</td>");
    }

    @Test
    void aSurveyThatCannotBeMadeIsShownWithAnErrorPerField() {
        Browser analyst = analyst();
        String page = analyst.get("/surveys/new?lang=en").body();
        long before = count(folder, "SELECT count(*) FROM surveys");
        HttpResponse<String> badScale = analyst.post(
                "/surveys/new", form("_csrf", csrf(page), "type", "nps", "scale_min", "1", "scale_max", "5"));
        assertThat(badScale.statusCode()).isEqualTo(400);
        assertThat(badScale.body()).contains("NPS is scored 0–10 or 1–10");
        HttpResponse<String> notNumber = analyst.post(
                "/surveys/new", form("_csrf", csrf(page), "type", "ces", "scale_min", "one", "scale_max", "7"));
        assertThat(notNumber.body()).contains("&quot;one&quot; is not a number.");
        HttpResponse<String> custom = analyst.post("/surveys/new", form("_csrf", csrf(page), "type", "custom"));
        assertThat(custom.statusCode()).isEqualTo(400);
        assertThat(custom.body()).contains("a custom survey needs both");
        HttpResponse<String> threshold =
                analyst.post("/surveys/new", form("_csrf", csrf(page), "type", "nps", "threshold", "9"));
        assertThat(threshold.body()).contains("belongs to CSAT surveys only");
        HttpResponse<String> taken =
                analyst.post("/surveys/new", form("_csrf", csrf(page), "type", "nps", "id", "nps"));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("A survey with the id nps already exists");
        HttpResponse<String> ja =
                analyst.post("/surveys/new?lang=ja", form("_csrf", csrf(page), "type", "nps", "id", "bad id!"));
        assertThat(ja.body()).contains("IDは英数字・ピリオド・ハイフン・アンダースコアで1〜64文字");
        assertThat(count(folder, "SELECT count(*) FROM surveys")).isEqualTo(before);
    }

    @Test
    void theListShowsEachSurveysCountsRateAndScore() {
        String list = Browser.signedIn(port, GoldenWorkspace.VIEWER, GoldenWorkspace.PASSWORD)
                .get("/surveys?lang=en")
                .body();
        // golden nps: 14 invitations, 18 responses: rate 18 / 14 × 100 = 128.57 %;
        // NPS 100 × (9 promoters − 6 detractors) / 18 = 16.67 pt
        assertThat(list)
                .containsPattern("data-survey=\"nps\">[\\s\\S]*?<td class=\"num invitations\">14</td>\\s*"
                        + "<td class=\"num answers\">18</td>\\s*<td class=\"num rate\">128.57 %</td>\\s*"
                        + "<td class=\"num score\">16.67 pt</td>");
        // csat_support: i15–i20 = 6 invitations, a01–a08 = 8 responses: 133.33 %; satisfied 5 / 8 = 62.50 %
        assertThat(list)
                .containsPattern("data-survey=\"csat_support\">[\\s\\S]*?<td class=\"num invitations\">6</td>"
                        + "\\s*<td class=\"num answers\">8</td>\\s*<td class=\"num rate\">133.33 %</td>\\s*"
                        + "<td class=\"num score\">62.50 %</td>");
        // ces_support: e01–e08 scored 6 2 5 3 7 4 5 6 (1–7): mean 38 / 8 = 4.75
        assertThat(list).containsPattern("data-survey=\"ces_support\">[\\s\\S]*?<td class=\"num score\">4.75</td>");
    }

    @Test
    void viewersSeeListsAndDetailsWithoutFormsAndTheirPostsAreRefused() {
        Browser viewer = Browser.signedIn(port, GoldenWorkspace.VIEWER, GoldenWorkspace.PASSWORD);
        HttpResponse<String> list = viewer.get("/surveys?lang=en");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("csat_support").doesNotContain("href=\"/surveys/new\"");
        HttpResponse<String> detail = viewer.get("/surveys/nps?lang=en");
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body())
                .contains("Latest answers")
                .contains("シフト作成の時間が半分になりました")
                .doesNotContain("/surveys/nps/contacts")
                .doesNotContain("/surveys/nps/invitations");
        // the session's token, from the sign-out form every page carries
        String token = csrf(viewer.get("/surveys/nps").body());
        long surveys = count(folder, "SELECT count(*) FROM surveys");
        assertThat(viewer.post("/surveys/new", form("_csrf", token, "type", "nps"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(viewer.post("/surveys/nps/invitations", form("_csrf", token, "customers", "c01"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(upload(viewer, "/surveys/nps/contacts", token, "contacts.csv", "customer_id,user_id\nc01,u1\n")
                        .statusCode())
                .isEqualTo(403);
        assertThat(viewer.get("/surveys/new").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/surveys/nps/links.csv").statusCode()).isEqualTo(403);
        assertThat(count(folder, "SELECT count(*) FROM surveys")).isEqualTo(surveys);
        assertThat(viewer.get("/surveys/no-such-survey").statusCode()).isEqualTo(404);
    }

    private List<Path> outbox() {
        Path outbox = folder.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
