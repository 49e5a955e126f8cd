package org.kizuna.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kizuna.cli.MetricsTable;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.testkit.GoldenData;
import org.springframework.beans.factory.annotation.Value;

/**
 * The dashboard's pages show the golden figures of June 2024 worked out by hand in the testkit's expectation
 * files, in Japanese and in English.
 */
@ServerTest
class DashboardTest {

    private static final String[] EXPECTATION_FILES = {
        "expected.csv",
        "expected-voice-retention.csv",
        "expected-value.csv",
        "expected-engagement.csv",
        "expected-support.csv",
        "expected-advocacy.csv"
    };

    /** The metrics the overview is checked on, one or more of each family. */
    private static final List<String> CHECKED =
            List.of("nps", "csat", "churn_rate", "mrr", "arpu", "dau", "first_response_time", "referral_rate");

    /** metric id → its hand-worked value for June 2024, whole base; null for "no data". */
    private static final Map<String, BigDecimal> JUNE = new HashMap<>();

    @Value("${local.server.port}")
    int port;

    private Browser viewer;

    @BeforeAll
    static void readTheGoldenExpectations() {
        for (String file : EXPECTATION_FILES) {
            for (String line :
                    GoldenData.resource(file).orElseThrow().lines().skip(1).toList()) {
                String[] cells = line.split(",", -1);
                if (cells.length == 5 && cells[1].equals("2024-06") && cells[2].isEmpty() && cells[3].equals("value")) {
                    JUNE.put(cells[0], cells[4].isEmpty() ? null : new BigDecimal(cells[4]));
                }
            }
        }
        assertThat(JUNE).containsEntry("nps", new BigDecimal("25.00")).containsKeys(CHECKED.toArray(String[]::new));
    }

    @BeforeEach
    void signIn() {
        viewer = Browser.signedIn(port, GoldenWorkspace.VIEWER, GoldenWorkspace.PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void theOverviewShowsEveryMetricWithTheGoldenFiguresOfJune(String lang) {
        HttpResponse<String> page = viewer.get("/overview/figures?period=2024-06&lang=" + lang);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).startsWith("<div id=\"overview\"").doesNotContain("<html");
        Language language = Language.of(lang);
        for (String id : MetricCatalog.ids()) {
            assertThat(html).contains("data-metric=\"" + id + "\"");
        }
        for (String id : CHECKED) {
            MetricDefinition definition = MetricCatalog.find(id).orElseThrow().definition();
            String card = card(html, id);
            assertThat(card).contains(escaped(definition.name(language)));
            assertThat(card)
                    .as(id)
                    .contains("<span class=\"value\">" + expectedValue(definition, language) + "</span>");
        }
        assertThat(card(html, "nps"))
                .as("NPS 25 misses the default target of 30")
                .contains(language == Language.JA ? "目標 ≥ 30" : "Target ≥ 30")
                .contains(language == Language.JA ? "✗ 未達" : "✗ not met");
        assertThat(html).contains(language == Language.JA ? "顧客の声" : "Voice of the customer");
    }

    @Test
    void theOverviewComparesWithThePreviousPeriodAndOffersOtherGranularities() {
        String html = viewer.get("/?period=2024-06&lang=en").body();
        assertThat(html).contains("?period=2024-05", "?period=2024-07", "?period=2024-Q2", "?period=2023\"");
        String figures = viewer.get("/overview/figures?period=2024-06&lang=en").body();
        assertThat(figures).contains("vs 2024-05", "data-series=\"2023-07..2024-06\"", "data-every=\"month\"");
        assertThat(viewer.get("/overview/figures?period=2024-Q2&lang=en").body())
                .contains("data-series=\"2021-Q3..2024-Q2\"");
    }

    @Test
    void theLanguageChosenIsRememberedAndTheWorkspacesIsTheDefault() {
        Browser browser = Browser.signedIn(port, GoldenWorkspace.VIEWER, GoldenWorkspace.PASSWORD);
        assertThat(browser.get("/overview/figures?period=2024-06").body())
                .as("the golden workspace speaks Japanese")
                .contains("ネットプロモータースコア");
        browser.get("/?period=2024-06&lang=en");
        assertThat(browser.get("/overview/figures?period=2024-06").body())
                .contains("Net Promoter Score")
                .doesNotContain("ネットプロモータースコア");
        assertThat(browser.get("/?period=2024-06").body()).contains("href=\"/?period=2024-06&amp;lang=ja\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void theMetricPageShowsTheFormulaTheFigureTheSeriesAndItsInputs(String lang) {
        Language language = Language.of(lang);
        MetricDefinition nps = MetricCatalog.find("nps").orElseThrow().definition();
        Browser analyst = Browser.signedIn(port, GoldenWorkspace.ANALYST, GoldenWorkspace.PASSWORD);
        HttpResponse<String> page = analyst.get("/metrics/nps?period=2024-06&lang=" + lang);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains(escaped(nps.name(language)))
                .contains(escaped(nps.formula(language)))
                .contains("<span class=\"value\">25.00 pt</span>")
                .contains("hx-get=\"/metrics/nps/series?period=2024-06\"")
                .contains("hx-get=\"/metrics/nps/explanation?period=2024-06\"")
                .contains(language == Language.JA ? "数値の根拠" : "Where the figure comes from");
        assertThat(analyst.get("/metrics/nps/series?period=2024-06&lang=" + lang)
                        .body())
                .contains("id=\"series-chart\"")
                .contains("{&quot;period&quot;:&quot;2024-06&quot;,&quot;value&quot;:25.00}")
                .contains("{&quot;period&quot;:&quot;2023-07&quot;");
        assertThat(analyst.get("/metrics/nps/explanation?period=2024-06&lang=" + lang)
                        .body())
                .startsWith("<div id=\"explanation\">")
                .contains(language == Language.JA ? "survey_scores の行" : "Rows of survey_scores");
    }

    @Test
    void theMetricPageBreaksDownByTheAttributeChosen() {
        String html =
                viewer.get("/metrics/churn_rate?period=2024-06&by=plan&lang=en").body();
        assertThat(html).contains("<option value=\"plan\" selected=\"selected\">plan</option>");
        assertThat(html).contains("plan=pro");
        String fragment = viewer.get("/metrics/churn_rate/breakdown?period=2024-06&by=plan&lang=en")
                .body();
        assertThat(fragment)
                .startsWith("<div id=\"breakdown\">")
                .contains("plan=pro")
                .doesNotContain("<html");
        assertThat(viewer.get("/metrics/csat?period=2024-06&lang=en").body())
                .as("survey metrics also break down by touchpoint")
                .contains("<option value=\"touchpoint\">");
        assertThat(viewer.get("/metrics/mrr?period=2024-06&lang=en").body()).doesNotContain("touchpoint");
    }

    @Test
    void anEmptyPeriodSaysWhatDataIsNeeded() {
        String html = viewer.get("/overview/figures?period=2019-06&lang=en").body();
        assertThat(html).contains("There are no figures for 2019-06", "customers.csv is required");
        assertThat(html).contains("Counted from: surveys.csv");
        String metric = viewer.get("/metrics/nps?period=2019-06&lang=en").body();
        assertThat(metric).contains("No data for 2019-06: this metric is counted from surveys.csv");
    }

    @Test
    void aBadPeriodOrMetricIsRefusedWithoutAStackTrace() {
        HttpResponse<String> badPeriod = viewer.get("/?period=2024-13");
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(badPeriod.body()).contains("2024-13").doesNotContain("Exception", "\tat ");
        assertThat(viewer.get("/metrics/nope").statusCode()).isEqualTo(404);
        assertThat(viewer.get("/metrics/nps?by=colour").statusCode()).isEqualTo(400);
    }

    /** The figure as the command line's table prints it, e.g. {@code 25.00 pt}, {@code 696,666 JPY}. */
    private static String expectedValue(MetricDefinition definition, Language language) {
        String unit = definition.unit().id("JPY");
        return escaped(MetricsTable.value(JUNE.get(definition.id()), unit, language == Language.JA));
    }

    private static String card(String html, String id) {
        Matcher matcher = Pattern.compile(
                        "<a class=\"card[^\"]*\"[^>]*data-metric=\"" + id + "\".*?</a>", Pattern.DOTALL)
                .matcher(html);
        assertThat(matcher.find()).as("the card of " + id).isTrue();
        return matcher.group();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
