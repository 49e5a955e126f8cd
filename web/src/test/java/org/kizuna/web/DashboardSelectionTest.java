package org.kizuna.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.util.HtmlUtils;

/**
 * The overview and metric pages follow a period and a segment filter, draw MRR's movements as a waterfall and
 * show progress while they compute; figures from the golden data, worked out by hand in the testkit's
 * GOLDEN.md ("MRR totals", "MRR movements").
 */
@ServerTest
class DashboardSelectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Value("${local.server.port}")
    int port;

    private Browser viewer;

    @BeforeEach
    void signIn() {
        viewer = Browser.signedIn(port, GoldenWorkspace.VIEWER, GoldenWorkspace.PASSWORD);
    }

    /**
     * June 2024, whole base: opening MRR (31 May) 711,666; new c11 30,000 + c30 10,000 = 40,000; expansion c03
     * 20,000 + c29 5,000 = 25,000; reactivation c06 10,000 + c17 30,000 = 40,000; contraction c04 20,000;
     * churn c05 30,000 + c14 10,000 + c15 30,000 + c22 30,000 = 100,000; closing (30 June) 696,666. The bars
     * stand on the running total: 0; 711,666; 711,666 + 40,000 = 751,666; 751,666 + 25,000 = 776,666; then
     * 816,666 − 20,000 = 796,666; 796,666 − 100,000 = 696,666; 0.
     */
    @Test
    void theOverviewsWaterfallGoesFromOpeningToClosingMrr() {
        String figures = viewer.get("/overview/figures?period=2024-06&lang=en").body();
        List<JsonNode> steps = steps(figures);
        assertThat(steps.stream().map(step -> step.get("part").asText()))
                .containsExactly("mrr_start", "new", "expansion", "reactivation", "contraction", "churned", "mrr_end");
        assertThat(amounts(steps, "amount")).containsExactly(711666L, 40000L, 25000L, 40000L, 20000L, 100000L, 696666L);
        assertThat(amounts(steps, "base")).containsExactly(0L, 711666L, 751666L, 776666L, 796666L, 696666L, 0L);
        assertThat(steps.stream().map(step -> step.get("kind").asText()))
                .containsExactly("total", "up", "up", "up", "down", "down", "total");
        List<Long> amounts = amounts(steps, "amount");
        assertThat(amounts.get(0) + amounts.get(1) + amounts.get(2) + amounts.get(3) - amounts.get(4) - amounts.get(5))
                .as("opening + new + expansion + reactivation − contraction − churn = closing")
                .isEqualTo(amounts.get(6));
        assertThat(figures)
                .contains("Opening MRR", "<td class=\"num\">+ 40,000 JPY</td>", "<td class=\"num\">− 100,000 JPY</td>")
                .contains("<td class=\"num\">696,666 JPY</td>");
    }

    /**
     * June 2024, plan = pro: opening 305,000; new c11 30,000; expansion c03 20,000 + c29 5,000 = 25,000;
     * reactivation c17 30,000; no contraction; churn c05 + c15 + c22 = 90,000; closing 300,000 (305,000 +
     * 30,000 + 25,000 + 30,000 − 0 − 90,000).
     */
    @Test
    void theMrrPagesWaterfallFollowsTheFilter() {
        String page = viewer.get("/metrics/mrr?period=2024-06&where=plan%3Dpro&lang=ja")
                .body();
        assertThat(page).contains("MRRの内訳", "期首MRR", "期末MRR");
        assertThat(amounts(steps(page), "amount"))
                .containsExactly(305000L, 30000L, 25000L, 30000L, 0L, 90000L, 300000L);
        assertThat(viewer.get("/metrics/mrr_movements?period=2024-Q2&lang=en").body())
                .as("Q2: 613,333 + 158,333 + 65,000 + 10,000 − 40,000 − 110,000 = 696,666")
                .satisfies(html -> assertThat(amounts(steps(html), "amount"))
                        .containsExactly(613333L, 158333L, 65000L, 10000L, 40000L, 110000L, 696666L));
        assertThat(viewer.get("/metrics/nps?period=2024-06&lang=en").body()).doesNotContain("data-steps");
    }

    /**
     * MRR on 30 June: whole base 696,666; plan = pro 8 × 30,000 (c01 c02 c03 c11 c17 c19 c25 c28) + c07 25,000
     * + c29 35,000 = 300,000; the filter takes away 696,666 − 300,000 = 396,666, the other plans' MRR.
     */
    @Test
    void theFilterChangesTheFiguresByTheCustomersItLeavesOut() {
        String all = viewer.get("/overview/figures?period=2024-06&lang=en").body();
        String pro = viewer.get("/overview/figures?period=2024-06&where=plan%3Dpro&lang=en")
                .body();
        assertThat(value(all, "mrr")).isEqualTo("696,666 JPY");
        assertThat(value(pro, "mrr")).isEqualTo("300,000 JPY");
        assertThat(new BigDecimal("696666").subtract(new BigDecimal("300000"))).isEqualByComparingTo("396666");
        assertThat(pro)
                .as("the cards link to metric pages with the filter")
                .contains("/metrics/mrr?period=2024-06&amp;where=plan%3Dpro");
        String metric = viewer.get("/metrics/mrr?period=2024-06&where=plan%3Dpro&lang=en")
                .body();
        assertThat(metric)
                .contains("<span class=\"value\">300,000 JPY</span>", "<span class=\"segment\">plan = pro</span>");
    }

    @Test
    void theFilterListsTheWorkspacesAttributesAndValues() {
        String html = viewer.get("/?period=2024-06&where=plan%3Dpro&lang=en").body();
        assertThat(html)
                .contains("<optgroup label=\"plan\">", "<optgroup label=\"region\">")
                .contains("<option value=\"plan=enterprise\">plan = enterprise</option>")
                .contains("<option value=\"plan=pro\" selected=\"selected\">plan = pro</option>")
                .contains("<option value=\"region=kyushu\">region = kyushu</option>")
                .contains("<span class=\"segment\">plan = pro</span>");
    }

    @Test
    void thePickerKeepsTheFilterAndOffersARange() {
        String html = viewer.get("/?period=2024-06&where=plan%3Dpro&lang=en").body();
        assertThat(html)
                .contains("href=\"/?period=2024-05&amp;where=plan%3Dpro\"")
                .contains("href=\"/?period=2024-07&amp;where=plan%3Dpro\"")
                .contains("href=\"/?period=2024-Q2&amp;where=plan%3Dpro\"")
                .contains("href=\"/?period=2023&amp;where=plan%3Dpro\"")
                .contains("<input type=\"hidden\" name=\"where\" value=\"plan=pro\">")
                .contains("name=\"from\" value=\"2024-06-01\"", "name=\"to\" value=\"2024-06-30\"")
                .contains("hx-get=\"/overview/figures?period=2024-06&amp;where=plan%3Dpro\"");
        String range = viewer.get("/?from=2024-04-01&to=2024-05-15&where=plan%3Dpro&lang=en")
                .body();
        assertThat(range)
                .contains("<span class=\"period\">2024-04-01..2024-05-15</span>")
                .contains("hx-get=\"/overview/figures?period=2024-04-01..2024-05-15&amp;where=plan%3Dpro\"");
        HttpResponse<String> half = viewer.get("/?from=2024-04-01&lang=en");
        assertThat(half.statusCode()).isEqualTo(400);
        assertThat(half.body()).contains("A range needs both its first and its last day");
    }

    /** A value no customer has keeps no one: NPS has no responses to count, whatever the value says. */
    @Test
    void hostileFilterValuesStayInert() {
        String sql = "plan=' OR 1=1 --";
        HttpResponse<String> figures = viewer.get("/overview/figures?period=2024-06&lang=en&where=" + encode(sql));
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(value(figures.body(), "nps")).isEqualTo("no data");
        assertThat(value(figures.body(), "mrr")).isNotEqualTo("696,666 JPY");
        HttpResponse<String> page = viewer.get("/?period=2024-06&lang=en&where=" + encode(sql));
        assertThat(page.body()).contains("plan = &#39; OR 1=1 --");

        String script = "plan=<script>alert(1)</script>";
        HttpResponse<String> scripted = viewer.get("/metrics/nps?period=2024-06&lang=en&where=" + encode(script));
        assertThat(scripted.statusCode()).isEqualTo(200);
        assertThat(scripted.body())
                .contains("plan = &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert");

        HttpResponse<String> attribute =
                viewer.get("/?period=2024-06&lang=en&where=" + encode("<script>alert(1)</script>=x"));
        assertThat(attribute.statusCode()).isEqualTo(400);
        assertThat(attribute.body())
                .contains(
                        "There is no customer attribute &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; to filter by")
                .doesNotContain("<script>alert", "Exception", "\tat ");
        HttpResponse<String> malformed = viewer.get("/metrics/nps?lang=ja&where=plan");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("絞り込み条件「plan」は「属性=値」の形ではありません");
    }

    @Test
    void slowPartsShowProgress() {
        String overview = viewer.get("/?period=2024-06&lang=en").body();
        assertThat(overview)
                .contains("id=\"progress\"", "role=\"status\"", "hx-trigger=\"load\"")
                .contains("Computing the figures of 2024-06…")
                .doesNotContain("data-metric=");
        String metric = viewer.get("/metrics/nps?period=2024-06&lang=ja").body();
        assertThat(metric).contains("id=\"progress\"", "推移を計算しています…", "数値の元になった行を探しています…");
        assertThat(viewer.get("/cohorts?lang=en").body()).contains("id=\"progress\"");
        String script = viewer.get("/js/kizuna.js").body();
        assertThat(script).contains("htmx:beforeRequest", "htmx:afterRequest", "htmx.onLoad");
    }

    private static List<JsonNode> steps(String html) {
        Matcher matcher = Pattern.compile("data-steps=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as("a waterfall").isTrue();
        try {
            List<JsonNode> steps = new ArrayList<>();
            JSON.readTree(HtmlUtils.htmlUnescape(matcher.group(1))).forEach(steps::add);
            return steps;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Long> amounts(List<JsonNode> steps, String field) {
        return steps.stream()
                .map(step -> step.get(field).decimalValue().longValueExact())
                .toList();
    }

    private static String value(String html, String metric) {
        Matcher matcher = Pattern.compile(
                        "data-metric=\"" + metric + "\">.*?<span class=\"value\">([^<]*)</span>", Pattern.DOTALL)
                .matcher(html);
        assertThat(matcher.find()).as("the card of " + metric).isTrue();
        return matcher.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
