package org.kizuna.web.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.CsvDownloads.leadsToSignIn;
import static org.kizuna.web.CsvDownloads.read;
import static org.kizuna.web.GoldenWorkspace.ANALYST;
import static org.kizuna.web.GoldenWorkspace.PASSWORD;
import static org.kizuna.web.GoldenWorkspace.VIEWER;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kizuna.web.Browser;
import org.kizuna.web.Multipart;
import org.kizuna.web.ScratchServerTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * The import history downloaded from the data page as a CSV file for Excel, over a copy of the golden
 * workspace (imported once from the command line, time zone Asia/Tokyo) to which an analyst uploads twice.
 * Viewers see the history, so they may download it; without sign-in it is refused.
 */
@ScratchServerTest
class HistoryDownloadTest {

    private static final Pattern CSRF_HEADER = Pattern.compile("X-CSRF-TOKEN&quot;: &quot;([^&]+)&quot;");

    @Value("${local.server.port}")
    int port;

    /**
     * Upload 1: one invitation and two answers, new rows: 1 + 2 = 3 read, none replaced. Upload 2: answer h-r1
     * again, which replaces the stored one: 1 read, 1 replaced. With the golden import before them, the history
     * holds three imports, newest first: 3, 2, 1.
     */
    @Test
    void theHistoryDownloadsWithEveryImport() {
        Browser analyst = Browser.signedIn(port, ANALYST, PASSWORD);
        Instant firstFrom = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        upload(
                analyst,
                new Multipart()
                        .file(
                                "files",
                                "survey_invitations.csv",
                                "invitation_id,survey_id,customer_id,user_id,sent_at,channel\n"
                                        + "h-i1,nps,c06,,2024-06-09T10:00:00+09:00,email\n")
                        .file(
                                "files",
                                "survey_responses.csv",
                                "response_id,survey_id,customer_id,user_id,invitation_id,answered_at,score,comment,language\n"
                                        + "h-r1,nps,c06,,h-i1,2024-06-10T10:00:00+09:00,10,,ja\n"
                                        + "h-r2,nps,c08,,,2024-06-11T10:00:00+09:00,9,,ja\n"));
        Instant firstTo = Instant.now();
        Instant secondFrom = firstTo.truncatedTo(ChronoUnit.SECONDS);
        upload(
                analyst,
                new Multipart()
                        .file(
                                "files",
                                "survey_responses.csv",
                                "response_id,survey_id,customer_id,user_id,invitation_id,answered_at,score,comment,language\n"
                                        + "h-r1,nps,c06,,h-i1,2024-06-10T10:00:00+09:00,8,,ja\n"));
        Instant secondTo = Instant.now();

        HttpResponse<byte[]> response = Browser.signedIn(port, VIEWER, PASSWORD).download("/data/history.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("utf-8"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"kizuna-import-history.csv\"");
        byte[] bytes = response.body();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<NamedCsvRecord> rows = read(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));

        assertThat(rows.get(0).getHeader())
                .containsExactly(
                        "import_id", "imported_at", "source", "username", "files", "tables", "rows", "replaced");
        assertThat(rows).extracting(r -> r.getField("import_id")).containsExactly("3", "2", "1");

        NamedCsvRecord second = rows.get(0);
        assertThat(second.getFieldsAsMap())
                .containsEntry("source", "web")
                .containsEntry("username", ANALYST)
                .containsEntry("files", "survey_responses.csv")
                .containsEntry("tables", "survey_responses")
                .containsEntry("rows", "1")
                .containsEntry("replaced", "1");
        inTokyoBetween(second.getField("imported_at"), secondFrom, secondTo);

        NamedCsvRecord first = rows.get(1);
        assertThat(first.getFieldsAsMap())
                .containsEntry("source", "web")
                .containsEntry("username", ANALYST)
                .containsEntry("rows", "3")
                .containsEntry("replaced", "0");
        List<String> files = List.of(first.getField("files").split(";"));
        List<String> tables = List.of(first.getField("tables").split(";"));
        assertThat(files).containsExactlyInAnyOrder("survey_invitations.csv", "survey_responses.csv");
        // each file beside the table it went into
        assertThat(files)
                .containsExactlyElementsOf(tables.stream().map(t -> t + ".csv").toList());
        inTokyoBetween(first.getField("imported_at"), firstFrom, firstTo);

        NamedCsvRecord golden = rows.get(2);
        assertThat(golden.getFieldsAsMap()).containsEntry("source", "cli").containsEntry("username", "");
        assertThat(golden.getField("files").split(";")).contains("customers.csv", "survey_responses.csv");
        assertThat(OffsetDateTime.parse(golden.getField("imported_at")).getOffset())
                .isEqualTo(ZoneOffset.ofHours(9));
    }

    @Test
    void theDataPageLinksToTheDownloadInBothLanguages() {
        Browser viewer = Browser.signedIn(port, VIEWER, PASSWORD);
        assertThat(viewer.get("/data?lang=en").body())
                .contains("href=\"/data/history.csv\"", "Download the history (CSV)");
        assertThat(viewer.get("/data?lang=ja").body()).contains("履歴をダウンロード（CSV）");
    }

    @Test
    void withoutSignInTheDownloadLeadsToTheSignInPage() {
        leadsToSignIn(new Browser(port).download("/data/history.csv"), "/data/history.csv");
    }

    /** ISO 8601 with Tokyo's offset, +09:00, to the second, and within the upload's time. */
    private static void inTokyoBetween(String text, Instant from, Instant to) {
        OffsetDateTime when = OffsetDateTime.parse(text);
        assertThat(when.getOffset()).as(text).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(when.getNano()).as(text).isZero();
        assertThat(when.toInstant()).as(text).isBetween(from, to);
    }

    /** Posts the upload as the page's htmx form does and checks it was imported. */
    private static void upload(Browser browser, Multipart body) {
        Matcher token = CSRF_HEADER.matcher(browser.get("/data").body());
        assertThat(token.find()).as("the upload form's CSRF header").isTrue();
        HttpResponse<String> response = browser.post(
                "/data/import", body.contentType(), body.bytes(), "X-CSRF-TOKEN", token.group(1), "HX-Request", "true");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
