package org.kizuna.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The customers pages over the golden workspace, as of 30 June 2024, in Japanese (the workspace's language)
 * and English: the list with its search, live results and paging, and a customer's figures and timeline.
 */
@ServerTest
class CustomersPageTest {

    private static final Pattern ROW = Pattern.compile("data-customer=\"(c\\d+)\"");

    @Value("${local.server.port}")
    int port;

    private Browser viewer;

    @BeforeEach
    void signIn() {
        viewer = Browser.signedIn(port, GoldenWorkspace.VIEWER, GoldenWorkspace.PASSWORD);
    }

    private String page(String path) {
        HttpResponse<String> response = viewer.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String ids(String html) {
        StringBuilder ids = new StringBuilder();
        Matcher matcher = ROW.matcher(html);
        while (matcher.find()) {
            ids.append(ids.isEmpty() ? "" : " ").append(matcher.group(1));
        }
        return ids.toString();
    }

    /** 30 customers, 20 a page: page 1 is c01–c20 with a link to page 2, page 2 c21–c30 with one back. */
    @Test
    void theListIsPagedByTwenty() {
        String first = page("/customers?as_of=2024-06-30&lang=en");
        assertThat(ids(first).split(" ")).hasSize(20).startsWith("c01").endsWith("c20");
        assertThat(first).contains("30 customers · page 1 of 2", "rel=\"next\"").doesNotContain("rel=\"prev\"");
        String second = page("/customers?as_of=2024-06-30&page=2&lang=en");
        assertThat(ids(second).split(" ")).hasSize(10).startsWith("c21").endsWith("c30");
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    /**
     * The list's download has every page as the page filters it: everyone as of 30 June is 30 customers (20 on
     * page 1), the active pro ones 10 (c01 c02 c03 c07 c11 c17 c19 c25 c28 c29, GOLDEN.md); a CSV with a byte
     * order mark for Excel. The page links to it with its filter.
     */
    @Test
    void theListDownloadsAsCsvWithEveryPage() {
        String html = page("/customers?as_of=2024-06-30&status=active&plan=pro&lang=en");
        assertThat(html).contains("/customers/download?", "status=active", "plan=pro", "as_of=2024-06-30");
        HttpResponse<byte[]> everyone = viewer.download("/customers/download?as_of=2024-06-30");
        assertThat(everyone.statusCode()).isEqualTo(200);
        assertThat(everyone.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(everyone.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"kizuna-customers-2024-06-30.csv\"");
        byte[] bytes = everyone.body();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(1 + 30).first().asString().startsWith("id,name,plan,status,mrr,");
        String pro = new String(
                viewer.download("/customers/download?as_of=2024-06-30&status=active&plan=pro")
                        .body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(pro.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
                .containsExactly("c01", "c02", "c03", "c07", "c11", "c17", "c19", "c25", "c28", "c29");
    }

    /**
     * c01's line: s01 ¥30,000 → 30,000 JPY; last event 24 June; latest NPS n09 9 (1 June, Tokyo); 14 June events.
     * "c01" also finds c19, whose referred_by is c01.
     */
    @Test
    void eachLineShowsTheKeyFigures() {
        String html = page("/customers?as_of=2024-06-30&q=c01&lang=en");
        assertThat(ids(html)).isEqualTo("c01 c19");
        assertThat(html.replaceAll("\\s+", " "))
                .contains("<td class=\"num\">30,000 JPY</td> <td>2023-10-01</td> <td>2024-06-24</td>"
                        + " <td class=\"num\">9</td> <td class=\"num\">0</td> <td class=\"num\">14</td>");
    }

    /**
     * "kansai" is the region of c03 c04 c09 c15 c18 c22 c27 c28; of them, c15 c18 c22 are churned on 30 June.
     * Asked by htmx, only the results are sent.
     */
    @Test
    void searchAndStatusNarrowTheListAndHtmxGetsOnlyTheResults() {
        assertThat(ids(page("/customers?as_of=2024-06-30&q=kansai"))).isEqualTo("c03 c04 c09 c15 c18 c22 c27 c28");
        HttpResponse<String> live =
                viewer.get("/customers?as_of=2024-06-30&q=kansai&status=churned", "HX-Request", "true");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body().strip()).startsWith("<div id=\"results\">").doesNotContain("<html", "<header");
        assertThat(ids(live.body())).isEqualTo("c15 c18 c22");
        // plan = pro and active on 30 June: c01 c02 c03 c07 c11 c17 c19 c25 c28 c29 (GOLDEN.md)
        assertThat(ids(page("/customers?as_of=2024-06-30&plan=pro&status=active")))
                .isEqualTo("c01 c02 c03 c07 c11 c17 c19 c25 c28 c29");
    }

    @Test
    void hostileSearchTextIsShownEscapedAndMatchesNothing() {
        String script = page("/customers?as_of=2024-06-30&lang=en&q="
                + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
        assertThat(script).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(script).contains("No customer matches this search.");
        String sql = page(
                "/customers?as_of=2024-06-30&lang=en&q=" + URLEncoder.encode("' OR 1=1 --", StandardCharsets.UTF_8));
        assertThat(ids(sql)).isEmpty();
        assertThat(sql).contains("No customer matches this search.");
    }

    /**
     * c12 on 30 June: MRR 100,000 JPY (s12b), 1 open ticket (t08, opened 23:45 that night), NPS 10 (n15), 10 June
     * events; the timeline is filtered to tickets: t08 opened on 30 June, t08 is not yet resolved then.
     */
    @Test
    void aCustomersPageShowsItsFiguresUsageAndTimeline() {
        String html = page("/customers/c12?as_of=2024-06-30&lang=en");
        assertThat(html)
                .contains("やまと運輸株式会社", "id=\"figure-mrr\">100,000 JPY<", "id=\"figure-open-tickets\">1<")
                .contains("id=\"figure-nps\">10<", "id=\"figure-events\">10<", "id=\"usage-chart\"", "customers.js");
        assertThat(html).contains("Ticket opened", "Subscription changed", "Became a customer");
        String tickets = page("/customers/c12?as_of=2024-06-30&kind=ticket&lang=en");
        assertThat(tickets).contains("2024-06-30 23:45:00+09:00", "t08").doesNotContain("data-kind=\"order\"");
        assertThat(tickets).doesNotContain("Ticket resolved");
        String ja = page("/customers/c12?as_of=2024-06-30&lang=ja");
        assertThat(ja).contains("問い合わせ受付", "週ごとの利用状況");
    }

    /** c15's comment of n13 is on its timeline, as written. */
    @Test
    void surveyCommentsAreOnTheTimeline() {
        assertThat(page("/customers/c15?as_of=2024-06-30&kind=survey&lang=en"))
                .contains("Too expensive for us, and the reports are hard to read");
    }

    @Test
    void anUnknownCustomerIsA404PageInTheLanguageOfThePage() {
        HttpResponse<String> ja = viewer.get("/customers/c99?lang=ja");
        assertThat(ja.statusCode()).isEqualTo(404);
        assertThat(ja.body()).contains("このワークスペースに顧客「c99」はありません。").doesNotContain("Exception");
        HttpResponse<String> bad = viewer.get("/customers?status=sleeping");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("sleeping").doesNotContain("Exception", "\tat ");
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        assertThat(new Browser(port).get("/customers").statusCode()).isEqualTo(302);
    }
}
