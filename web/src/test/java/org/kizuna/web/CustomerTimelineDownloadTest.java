package org.kizuna.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.CsvDownloads.csvFile;
import static org.kizuna.web.CsvDownloads.leadsToSignIn;
import static org.kizuna.web.CsvDownloads.notFoundAsItsPage;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kizuna.store.Workspace;
import org.springframework.beans.factory.annotation.Value;

/**
 * A customer's timeline downloaded from its page as a CSV file for Excel by a viewer, who sees the page, over a
 * copy of the golden workspace (Asia/Tokyo, UTC+9) with a customer of the test's own, dl1, as of 30 June 2024:
 * signed up and subscribed to pro at ¥30,000 on 1 March, a course on 5 May, a billing ticket opened 10 June and
 * resolved 11 June, an NPS answer on 21 June (Tokyo), and a loyalty entry on 1 July, after the day.
 */
@ScratchServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerTimelineDownloadTest {

    /** The customer's name, a course and a comment with a comma, quotes, a line break and Japanese. */
    private static final String NAME = "東和商事, \"本店\"";

    private static final String COURSE = "入門, \"基礎\"\n編";
    private static final String COMMENT = "速い, \"とても\" 便利; 次も\n使います";

    private static final Pattern TIMELINE_ROW = Pattern.compile("<tr data-kind=\"");

    @Value("${local.server.port}")
    int port;

    @Value("${" + ScratchServerTest.folder + "}")
    Path folder;

    private Browser viewer;

    @BeforeAll
    void aCustomerWithATimeline() throws SQLException {
        try (Connection connection = Workspace.open(folder).connect();
                Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO customers (customer_id, name, signup_date, plan) VALUES ('dl1', '"
                    + NAME.replace("'", "''") + "', DATE '2024-03-01', 'pro')");
            sql.execute("INSERT INTO subscriptions VALUES"
                    + " ('dl1-s1', 'dl1', 'pro', DATE '2024-03-01', NULL, 30000, 30000, 'JPY')");
            sql.execute("INSERT INTO education VALUES ('dl1', 'u1', '" + COURSE.replace("'", "''")
                    + "', 'video', TIMESTAMPTZ '2024-05-05 03:00:00+00', 4.5)");
            sql.execute("INSERT INTO tickets VALUES ('dl1-t1', 'dl1', TIMESTAMPTZ '2024-06-10 01:00:00+00',"
                    + " TIMESTAMPTZ '2024-06-10 02:30:00+00', TIMESTAMPTZ '2024-06-11 00:00:00+00', false,"
                    + " 'email', 'high', 'billing', 'refund')");
            sql.execute("INSERT INTO surveys (survey_id, type, scale_min, scale_max, touchpoint)"
                    + " VALUES ('dl-nps', 'nps', 0, 10, 'support')");
            sql.execute("INSERT INTO survey_responses (response_id, survey_id, customer_id, answered_at, score,"
                    + " comment) VALUES ('dl1-r1', 'dl-nps', 'dl1', TIMESTAMPTZ '2024-06-20 15:00:00+00', 9, '"
                    + COMMENT.replace("'", "''") + "')");
            sql.execute("INSERT INTO loyalty VALUES ('dl1', TIMESTAMPTZ '2024-07-01 00:00:00+09:00', 'bonus', 100)");
        }
        viewer = Browser.signedIn(port, GoldenWorkspace.VIEWER, GoldenWorkspace.PASSWORD);
    }

    /**
     * Every entry up to 30 June, newest first, the times in Tokyo: 15:00 UTC on 20 June is 00:00 on 21 June,
     * 00:00 UTC on 11 June is 09:00, 01:00 UTC on 10 June is 10:00 (first response 02:30 UTC → 11:30), 03:00 UTC
     * on 5 May is 12:00; the subscription and the signup are dated by day, 1 March, the signup last. The loyalty
     * entry of 1 July is after the day. A ticket's title is its id, a survey answer's its survey, a course's its name. 6 rows,
     * as many as the page lists.
     */
    @Test
    void theWholeTimelineDownloadsWithTheJsonsFieldNames() {
        HttpResponse<byte[]> response = viewer.download("/customers/dl1/timeline.csv?as_of=2024-06-30");

        List<NamedCsvRecord> rows = csvFile(response, "kizuna-customer-dl1-timeline-2024-06-30.csv");
        assertThat(rows.get(0).getHeader()).containsExactly("at", "kind", "event", "title", "details");
        assertThat(rows)
                .extracting(r -> String.join(
                        " | ", r.getField("at"), r.getField("kind"), r.getField("event"), r.getField("title")))
                .containsExactly(
                        "2024-06-21T00:00:00+09:00 | survey | survey_answered | dl-nps",
                        "2024-06-11T09:00:00+09:00 | ticket | ticket_resolved | dl1-t1",
                        "2024-06-10T10:00:00+09:00 | ticket | ticket_opened | dl1-t1",
                        "2024-05-05T12:00:00+09:00 | education | course_completed | " + COURSE,
                        "2024-03-01 | subscription | subscription_started | pro",
                        "2024-03-01 | customer | signed_up | " + NAME);
        assertThat(rows)
                .extracting(r -> r.getField("details"))
                .containsExactly(
                        // The comment holds ; " and a line break: in quotes, each " doubled. No user, so no user_id.
                        "type=nps; score=9; scale_min=0; scale_max=10; touchpoint=support; comment=\"速い, \"\"とても\"\""
                                + " 便利; 次も\n使います\"; response_id=dl1-r1",
                        "ticket_id=dl1-t1; category=billing; reopened=false; resolution=refund",
                        "ticket_id=dl1-t1; category=billing; priority=high; channel=email;"
                                + " first_response_at=2024-06-10T11:30:00+09:00",
                        "kind=video; user_id=u1; score=4.5",
                        "subscription_id=dl1-s1; mrr=30000",
                        "");

        String page = viewer.get("/customers/dl1?as_of=2024-06-30&lang=en").body();
        Matcher listed = TIMELINE_ROW.matcher(page);
        int shown = 0;
        while (listed.find()) {
            shown++;
        }
        assertThat(rows).hasSize(shown);
    }

    /** The kind chosen on the page: the ticket's two entries, resolved (11 June) before opened (10 June). */
    @Test
    void theKindChosenOnThePageNarrowsTheDownload() {
        String page = viewer.get("/customers/dl1?as_of=2024-06-30&kind=ticket&lang=en")
                .body();
        assertThat(page).contains("href=\"/customers/dl1/timeline.csv?kind=ticket&amp;as_of=2024-06-30\"");

        List<NamedCsvRecord> rows = csvFile(
                viewer.download("/customers/dl1/timeline.csv?kind=ticket&as_of=2024-06-30"),
                "kizuna-customer-dl1-timeline-ticket-2024-06-30.csv");
        assertThat(rows).extracting(r -> r.getField("event")).containsExactly("ticket_resolved", "ticket_opened");

        HttpResponse<String> unknown = viewer.get("/customers/dl1/timeline.csv?kind=tickets&lang=en");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("tickets").doesNotContain("Exception", "\tat ");
    }

    /** The file is what {@code kizuna customer ID --format csv} prints, after the byte order mark. */
    @Test
    void theDownloadIsWhatTheCommandLinePrints() {
        byte[] body = viewer.download("/customers/dl1/timeline.csv?kind=ticket&as_of=2024-06-30")
                .body();
        String printed = CommandLineOutput.of(
                "customer",
                "dl1",
                "--workspace",
                folder.toString(),
                "--as-of",
                "2024-06-30",
                "--kind",
                "ticket",
                "--format",
                "csv");
        assertThat(new String(body, 3, body.length - 3, StandardCharsets.UTF_8))
                .isEqualTo(printed)
                .contains("dl1-t1");
    }

    @Test
    void thePageLinksToTheDownloadInBothLanguages() {
        assertThat(viewer.get("/customers/dl1?lang=en").body())
                .contains("href=\"/customers/dl1/timeline.csv\"", "Download the timeline (CSV)");
        assertThat(viewer.get("/customers/dl1?lang=ja").body()).contains("タイムラインをダウンロード（CSV）");
    }

    @Test
    void anUnknownCustomerIs404AsItsPageIs() {
        HttpResponse<String> page = viewer.get("/customers/no-such-customer?lang=en");
        HttpResponse<String> timeline = viewer.get("/customers/no-such-customer/timeline.csv?lang=en");

        notFoundAsItsPage(page, timeline, "no-such-customer");
        assertThat(timeline.body()).isEqualTo(page.body());
    }

    @Test
    void withoutSignInTheDownloadLeadsToTheSignInPage() {
        String path = "/customers/dl1/timeline.csv";
        leadsToSignIn(new Browser(port).download(path), path);
    }
}
