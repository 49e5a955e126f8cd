package org.kizuna.web.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.GoldenWorkspace.ANALYST;
import static org.kizuna.web.GoldenWorkspace.PASSWORD;
import static org.kizuna.web.GoldenWorkspace.VIEWER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;
import org.kizuna.store.Workspace;
import org.kizuna.web.Browser;
import org.kizuna.web.Multipart;
import org.kizuna.web.ScratchServerTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * Uploads on the data page against the real server and a copy of the golden workspace: refused files leave
 * every table as it was and are listed by file, line, column and reason; good files are imported as {@code
 * kizuna import} imports them, recorded in the history and counted by the metrics. The upload limit is set
 * low here so that a refused large upload stays small.
 */
@ScratchServerTest
@TestPropertySource(
        properties = {"spring.servlet.multipart.max-file-size=256KB", "spring.servlet.multipart.max-request-size=256KB"
        })
class DataImportTest {

    private static final Pattern CSRF_HEADER = Pattern.compile("X-CSRF-TOKEN&quot;: &quot;([^&]+)&quot;");
    private static final String RESPONSES_HEADER =
            "response_id,survey_id,customer_id,user_id,invitation_id,answered_at,score,comment,language\n";

    @Value("${local.server.port}")
    int port;

    @Value("${" + ScratchServerTest.folder + "}")
    Path folder;

    @Test
    void aBadCsvIsListedByFileLineColumnAndReasonAndNothingIsWritten() throws Exception {
        Browser analyst = Browser.signedIn(port, ANALYST, PASSWORD);
        Map<String, Long> before = rowCounts();
        // Line 1 is the header; line 2 is a good row; line 3's score (column 7) is not a number, and line 4
        // names a customer that exists neither in the file nor in the store (column 3).
        String csv = RESPONSES_HEADER
                + "w01,nps,c06,,,2024-06-10T10:00:00+09:00,10,,ja\n"
                + "w02,nps,c08,,,2024-06-11T10:00:00+09:00,ten,,ja\n"
                + "w03,nps,c99,,,2024-06-12T10:00:00+09:00,9,,ja\n";

        HttpResponse<String> response = upload(analyst, new Multipart().file("files", "survey_responses.csv", csv));

        assertThat(response.statusCode()).isEqualTo(422);
        String html = response.body();
        assertThat(html).contains("何も取り込んでいません。先に修正が必要な問題が 2 件あります。");
        // The reasons in the page's language, Japanese here.
        assertThat(html)
                .containsPattern("<td>survey_responses.csv</td><td class=\"num\">3</td>\\s*<td>7 \\(score\\)</td>"
                        + "<td>「ten」は数値ではありません</td>");
        assertThat(html)
                .containsPattern("<td>survey_responses.csv</td><td class=\"num\">4</td>\\s*<td>3 \\(customer_id\\)</td>"
                        + "<td>「c99」は customers の customer_id にありません</td>");
        assertThat(rowCounts()).isEqualTo(before);

        // In English once the reader chooses it.
        analyst.get("/data?lang=en");
        String english = upload(analyst, new Multipart().file("files", "survey_responses.csv", csv))
                .body();
        assertThat(english)
                .containsPattern("<td>7 \\(score\\)</td><td>&quot;ten&quot; is not a number</td>")
                .containsPattern(
                        "<td>3 \\(customer_id\\)</td><td>&quot;c99&quot; is not a customer_id in customers</td>");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aGoodUploadAddsItsRowsRecordsTheImportAndMovesTheMetric() throws Exception {
        Browser analyst = Browser.signedIn(port, ANALYST, PASSWORD);
        // The golden June 2024 NPS: 8 answers, 4 promoters, 2 passives, 2 detractors: (4 − 2) / 8 × 100 = 25.00.
        assertThat(nps(analyst, "2024-06")).isEqualByComparingTo("25.00");
        long responses = rowCounts().get("survey_responses");
        long imports = distinctImports();
        // Two more promoters in June (10 and 9): 10 answers, 6 promoters, 2 detractors: (6 − 2) / 10 × 100 = 40.00.
        String csv = RESPONSES_HEADER
                + "g01,nps,c06,,,2024-06-10T10:00:00+09:00,10,<script>alert(1)</script>,ja\n"
                + "g02,nps,c08,,,2024-06-11T10:00:00+09:00,9,,ja\n";

        HttpResponse<String> response = upload(analyst, new Multipart().file("files", "survey_responses.csv", csv));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("取り込みました")
                .containsPattern("<td>survey_responses</td><td>survey_responses.csv</td>\\s*<td class=\"num\">2</td>"
                        + "\\s*<td class=\"num\">0</td>");
        assertThat(rowCounts().get("survey_responses")).isEqualTo(responses + 2);
        assertThat(distinctImports()).isEqualTo(imports + 1);
        assertThat(nps(analyst, "2024-06")).isEqualByComparingTo("40.00");

        String page = analyst.get("/data").body();
        assertThat(page)
                .containsPattern("<td>" + ANALYST + "</td>\\s*<td><span>survey_responses.csv</span></td>"
                        + "\\s*<td class=\"num\">2</td>");
        assertThat(page).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void whatAnImportNoticedIsSaidInThePagesLanguage() throws Exception {
        Browser analyst = Browser.signedIn(port, ANALYST, PASSWORD);
        String csv = "customer_id,signup_date,plan,favourite_colour\nn01,2024-05-01,basic,blue\n";

        HttpResponse<String> response = upload(analyst, new Multipart().file("files", "customers.csv", csv));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<li>customers.csv: カスタム属性として取り込みました: favourite_colour</li>");
    }

    @Test
    void aJsonLinesUploadIsImported() throws Exception {
        Browser analyst = Browser.signedIn(port, ANALYST, PASSWORD);
        long responses = rowCounts().get("survey_responses");
        String jsonl = "{\"response_id\":\"j01\",\"survey_id\":\"nps\",\"customer_id\":\"c06\","
                + "\"answered_at\":\"2023-02-01T10:00:00+09:00\",\"score\":8}\n";

        HttpResponse<String> response = upload(analyst, new Multipart().file("files", "survey_responses.jsonl", jsonl));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsPattern("<td>survey_responses.jsonl</td>\\s*<td class=\"num\">1</td>");
        assertThat(rowCounts().get("survey_responses")).isEqualTo(responses + 1);
    }

    @Test
    void aViewerMayNotUpload() throws Exception {
        Browser viewer = Browser.signedIn(port, VIEWER, PASSWORD);
        String page = viewer.get("/data").body();
        assertThat(page).doesNotContain("enctype=\"multipart/form-data\"");
        Map<String, Long> before = rowCounts();
        Multipart body = new Multipart()
                .field("_csrf", viewer.csrf("/data"))
                .file(
                        "files",
                        "survey_responses.csv",
                        RESPONSES_HEADER + "v01,nps,c06,,,2024-06-10T10:00:00+09:00,10,,ja\n");

        HttpResponse<String> response = viewer.post("/data/import", body.contentType(), body.bytes());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void anUploadWithoutOrWithAForgedCsrfTokenIsRefused() throws Exception {
        Browser analyst = Browser.signedIn(port, ANALYST, PASSWORD);
        Map<String, Long> before = rowCounts();
        String csv = RESPONSES_HEADER + "f01,nps,c06,,,2024-06-10T10:00:00+09:00,10,,ja\n";
        Multipart without = new Multipart().file("files", "survey_responses.csv", csv);
        Multipart forged = new Multipart().field("_csrf", "forged-token").file("files", "survey_responses.csv", csv);

        assertThat(analyst.post("/data/import", without.contentType(), without.bytes())
                        .statusCode())
                .isEqualTo(403);
        assertThat(analyst.post("/data/import", forged.contentType(), forged.bytes())
                        .statusCode())
                .isEqualTo(403);
        assertThat(analyst.post("/data/import", without.contentType(), without.bytes(), "X-CSRF-TOKEN", "forged-token")
                        .statusCode())
                .isEqualTo(403);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithAClearMessage() throws Exception {
        Browser analyst = Browser.signedIn(port, ANALYST, PASSWORD);
        Map<String, Long> before = rowCounts();
        // 300 KB of rows is over the limit of 256 KB set for this test.
        StringBuilder csv = new StringBuilder(RESPONSES_HEADER);
        for (int i = 0; csv.length() < 300 * 1024; i++) {
            csv.append("big").append(i).append(",nps,c06,,,2024-06-10T10:00:00+09:00,10,,ja\n");
        }

        HttpResponse<String> response =
                upload(analyst, new Multipart().file("files", "survey_responses.csv", csv.toString()));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("アップロードが 256 KB を超えています。");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aFileNotNamedAfterATableIsReported() throws Exception {
        Browser analyst = Browser.signedIn(port, ANALYST, PASSWORD);
        Map<String, Long> before = rowCounts();

        HttpResponse<String> response =
                upload(analyst, new Multipart().file("files", "<img src=x onerror=alert(1)>.csv", "a,b\n1,2\n"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("&lt;img src=x onerror=alert(1)&gt;.csv")
                .contains("ファイル名は表の名前と形式にしてください (例: orders.csv)。使える文字は英数字と . _ - です")
                .doesNotContain("<img src=x");
        assertThat(rowCounts()).isEqualTo(before);
    }

    /** Posts the upload as the page's htmx form does: the CSRF token in a header, marked as an htmx request. */
    private static HttpResponse<String> upload(Browser browser, Multipart body) {
        Matcher token = CSRF_HEADER.matcher(browser.get("/data").body());
        assertThat(token.find()).as("the upload form's CSRF header").isTrue();
        return browser.post(
                "/data/import", body.contentType(), body.bytes(), "X-CSRF-TOKEN", token.group(1), "HX-Request", "true");
    }

    private static BigDecimal nps(Browser browser, String period) throws Exception {
        HttpResponse<String> response = browser.get("/api/v1/metrics?period=" + period + "&metric=nps");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(response.body());
        JsonNode first = json.isArray() ? json.get(0) : json.path("results").get(0);
        return first.get("value").decimalValue();
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = Workspace.open(folder).connect();
                Statement statement = connection.createStatement()) {
            for (Table table : DataContract.TABLES) {
                counts.put(table.name(), count(statement, "SELECT count(*) FROM " + table.name()));
            }
            counts.put("imports", count(statement, "SELECT count(*) FROM imports"));
        }
        return counts;
    }

    private long distinctImports() throws SQLException {
        try (Connection connection = Workspace.open(folder).connect();
                Statement statement = connection.createStatement()) {
            return count(statement, "SELECT count(DISTINCT import_id) FROM imports");
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet r = statement.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
