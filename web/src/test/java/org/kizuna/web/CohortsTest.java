package org.kizuna.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;

/**
 * The cohorts page and {@code /api/v1/cohorts} show the golden data's signup cohorts: the API the command
 * line's JSON byte for byte, the page the same figures as a heat map and a table.
 *
 * <p>The January 2024 cohort, worked out from the golden customers.csv and subscriptions.csv: c07 (1 Jan),
 * c14 (10 Jan), c03 (15 Jan) and c29 (20 Jan) signed up, 4 customers. On the last day of January to May all
 * four are active (c14's row ends 1 June, so it covers 31 May): 4 / 4 = 100.00 % five times. On 30 June c14 is
 * gone: 3 / 4 = 75.00 %. Their MRR: c03 10,000 (starter to 10 June) + c07 25,000 (pro_annual) + c14 10,000 +
 * c29 30,000 = 75,000 at the end of January to May; on 30 June c03 30,000 (pro) + c07 25,000 + c29 35,000
 * (from 1 June) = 90,000, which is 90,000 / 75,000 × 100 = 120.00 % of January's.
 */
@ServerTest
class CohortsTest {

    @Value("${local.server.port}")
    int port;

    private Browser viewer;

    @BeforeEach
    void signIn() {
        viewer = Browser.signedIn(port, GoldenWorkspace.VIEWER, GoldenWorkspace.PASSWORD);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"retention", "revenue_retention", "mrr"})
    void theApiAnswersWithTheCommandLinesJson(String metric) {
        CommandLineOutput.assertSameAs(
                viewer.get("/api/v1/cohorts?metric=" + metric + "&from=2024-01&to=2024-06"),
                "cohorts",
                "--metric",
                metric,
                "--from",
                "2024-01",
                "--to",
                "2024-06",
                "--workspace",
                GoldenWorkspace.folder().toString(),
                "--format",
                "json");
    }

    @Test
    void theApiWithoutParametersIsTheCommandLinesDefault() {
        assertThat(viewer.get("/api/v1/cohorts").body())
                .isEqualTo(CommandLineOutput.of(
                        "cohorts", "--workspace", GoldenWorkspace.folder().toString(), "--format", "json"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "retention, '100.00, 100.00, 100.00, 100.00, 100.00, 75.00'",
        "revenue_retention, '100.00, 100.00, 100.00, 100.00, 100.00, 120.00'",
        "mrr, '75000, 75000, 75000, 75000, 75000, 90000'"
    })
    void theJanuaryCohortIsTheOneWorkedOutByHand(String metric, String cells) {
        String body = viewer.get("/api/v1/cohorts?metric=" + metric + "&from=2024-01&to=2024-06")
                .body();
        assertThat(body.replaceAll("\\s+", ""))
                .contains("{\"cohort\":\"2024-01\",\"customers\":4,\"cells\":[" + cells.replace(" ", "") + "]}");
    }

    @Test
    void thePageShowsTheSameFiguresAsAHeatMapAndATable() {
        HttpResponse<String> page = viewer.get("/cohorts?metric=retention&from=2024-01&to=2024-06&lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("class=\"chart heatmap\"", "data-heat=", "Customer retention");
        assertThat(row(html, "2024-01"))
                .containsExactly("4", "100.00 %", "100.00 %", "100.00 %", "100.00 %", "100.00 %", "75.00 %");
        assertThat(html)
                .as("the heat map's cell for January's sixth month: x 5, y 0, 75.00")
                .contains("[5,0,75.00,&quot;75.00&quot;]");
        String revenue = viewer.get("/cohorts?metric=revenue_retention&from=2024-01&to=2024-06&lang=en")
                .body();
        assertThat(row(revenue, "2024-01")).endsWith("120.00 %");
        String japanese = viewer.get("/cohorts?metric=mrr&from=2024-01&to=2024-06&lang=ja")
                .body();
        assertThat(japanese).contains("コホート", "5か月");
        assertThat(row(japanese, "2024-01")).startsWith("4", "75,000 JPY").endsWith("90,000 JPY");
    }

    @Test
    void monthsWithoutSignupsSayWhatDataIsNeeded() {
        String html = viewer.get("/cohorts?from=2019-01&to=2019-06&lang=en").body();
        assertThat(html)
                .contains("No customer signed up between 2019-01 and 2019-06", "customers.csv", "subscriptions.csv")
                .doesNotContain("data-heat=");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/cohorts?from=2024-13&lang=en, First signup month &quot;2024-13&quot; is not a month: write it YYYY-MM",
        "/cohorts?metric=ltv&lang=en, &quot;ltv&quot; is not a measure of cohorts",
        "/cohorts?from=2024-07&to=2024-06&lang=en, The first signup month 2024-07 is after the last month 2024-06",
        "/cohorts?metric=%3Cscript%3Ealert(1)%3C/script%3E&lang=en, &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; is not a measure of cohorts"
    })
    void thePageRefusesWhatItCannotShowAndSaysWhy(String request, String reason) {
        HttpResponse<String> page = viewer.get(request);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("These cohorts cannot be shown: " + reason)
                .doesNotContain("<script>alert", "Exception", "\tat ");
    }

    @Test
    void thePageSaysWhyInJapaneseToo() {
        HttpResponse<String> page = viewer.get("/cohorts?to=2024-6x&lang=ja");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("このコホートは表示できません: 最後の月「2024-6x」は年月として読めません。");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/v1/cohorts?from=2024-13, from",
        "/api/v1/cohorts?to=June, to",
        "/api/v1/cohorts?from=2024-07&to=2024-06, from",
        "/api/v1/cohorts?metric=ltv, metric",
        "/api/v1/cohorts?by=plan, by"
    })
    void theApiRefusesABadParameterNamingIt(String request, String parameter) {
        HttpResponse<String> response = viewer.get(request);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .startsWith("{\"error\":\"")
                .contains("\"parameter\":\"" + parameter + "\"")
                .doesNotContain("Exception", "--");
    }

    /** The cells of a cohort's line of the table, customers first. */
    private static List<String> row(String html, String cohort) {
        Matcher line = Pattern.compile("data-cohort=\"" + cohort + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(line.find()).as("the line of " + cohort).isTrue();
        Matcher cell = Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(line.group(1));
        List<String> cells = new ArrayList<>();
        while (cell.find()) {
            cells.add(cell.group(1));
        }
        return cells;
    }
}
