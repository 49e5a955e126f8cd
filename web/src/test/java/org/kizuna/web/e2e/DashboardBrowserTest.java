package org.kizuna.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.GoldenWorkspace.ANALYST;
import static org.kizuna.web.GoldenWorkspace.PASSWORD;
import static org.kizuna.web.GoldenWorkspace.VIEWER;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kizuna.cli.MetricsTable;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.web.ServerTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/**
 * The overview and a metric's page in a real browser, on the golden workspace (Japanese): the period picker,
 * the card that leads to a metric, its formula, chart and breakdown (swapped in by htmx), and the rows behind
 * the figure, which only analysts and admins see; and the download menu, which follows the breakdown shown.
 *
 * <p>The figures are the golden data set's Net Promoter Scores, worked out from its survey_responses.csv (see
 * the testkit's GOLDEN.md): promoters score 9–10, detractors 0–6, NPS = 100 × (promoters − detractors) /
 * responses.
 */
@ServerTest
class DashboardBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static final MetricDefinition NPS =
            MetricCatalog.find("nps").orElseThrow().definition();

    /** June 2024: n09–n16, 8 answers, promoters n09 n10 n11 n15, detractors n13 n16: 100 × (4 − 2) / 8. */
    private static final BigDecimal NPS_JUNE = new BigDecimal("25.00");

    /** 2024-Q2: June's 8 and n01–n04, n06–n08, 15 answers, 7 promoters, 5 detractors: 100 × 2 / 15 = 13.33. */
    private static final BigDecimal NPS_Q2 = new BigDecimal("13.33");

    @Value("${local.server.port}")
    int port;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void server() {
        chromium.server(port);
    }

    @Test
    void thePeriodPickerShowsAMonthAQuarterAndAYear() {
        chromium.signIn(VIEWER, PASSWORD);
        chromium.shot("overview-of-last-month");

        WebElement period = chromium.find(By.name("period"));
        period.clear();
        period.sendKeys("2024-06");
        chromium.follow(chromium.driver().findElement(By.xpath("//input[@name='period']/ancestor::form//button")));
        assertThat(chromium.address()).contains("period=2024-06");
        assertThat(heading()).contains("2024-06");
        awaitCard("nps", nps(NPS_JUNE));
        chromium.shot("month-2024-06");

        chromium.follow(chromium.link("/", "period=2024-Q2").orElseThrow());
        assertThat(heading()).contains("2024-Q2");
        awaitCard("nps", nps(NPS_Q2));
        chromium.shot("quarter-2024-Q2");

        // The last whole year by the end of 2024-Q2 is 2023, and the first NPS answer (n05) is of 31 March 2024.
        chromium.follow(chromium.link("/", "period=2023").orElseThrow());
        assertThat(heading()).contains("2023");
        awaitCard("nps", nps(null));
        chromium.shot("year-2023");
    }

    @Test
    void anAnalystOpensAMetricFromItsCardAndSeesItsFormulaChartBreakdownAndRows() {
        chromium.signIn(ANALYST, PASSWORD);
        chromium.open("/?period=2024-06");
        awaitCard("nps", nps(NPS_JUNE));
        chromium.follow(chromium.find(By.cssSelector("a[data-metric='nps']")));
        assertThat(chromium.path()).isEqualTo("/metrics/nps");
        assertThat(chromium.address()).contains("period=2024-06");
        assertThat(heading()).contains(NPS.name(Language.JA), "2024-06");
        chromium.awaitText(NPS.formula(Language.JA), nps(NPS_JUNE));
        chromium.find(By.cssSelector("#series-chart svg, #series-chart canvas"));
        chromium.shot("metric-page");

        // The rows behind the figure: one per answer of June, n09–n16.
        String rowsHeading =
                messages.getMessage("metric.rowsOf", new Object[] {"survey_scores", 8, 8}, Locale.JAPANESE);
        WebElement rows = chromium.until(
                "the heading " + rowsHeading,
                d -> d.findElements(By.tagName("h3")).stream()
                        .filter(h -> h.getText().equals(rowsHeading))
                        .findFirst()
                        .orElse(null));
        WebElement table = rows.findElement(By.xpath("following-sibling::*//table"));
        List<String> columns = table.findElements(By.cssSelector("thead th")).stream()
                .map(WebElement::getText)
                .toList();
        int id = columns.indexOf("response_id");
        assertThat(id).as("a response_id column in " + columns).isNotNegative();
        assertThat(table.findElements(By.cssSelector("tbody tr")).stream()
                        .map(row -> row.findElements(By.tagName("td")).get(id).getText())
                        .toList())
                .containsExactlyInAnyOrder("n09", "n10", "n11", "n12", "n13", "n14", "n15", "n16");
        chromium.shot("rows-behind-the-figure", rows);

        // The breakdown by plan, swapped in by htmx: the page is not loaded again.
        Object mark = chromium.markPage();
        new Select(chromium.find(By.name("by"))).selectByValue("plan");
        Map<String, String> byPlan = new LinkedHashMap<>();
        chromium.until("the breakdown by plan", d -> {
            byPlan.clear();
            for (WebElement row : d.findElements(By.cssSelector("#breakdown tbody tr"))) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                byPlan.put(cells.get(0).getText(), cells.get(1).getText());
            }
            return !byPlan.isEmpty();
        });
        assertThat(chromium.pageMark()).as("swapped in, not a new page").isEqualTo(mark);
        // pro: n09 n10 n11 P, n12 A, n13 n16 D: 100 × (3 − 2) / 6 = 16.67; enterprise: n15 (c12) P alone:
        // 100 × 1 / 1 = 100.00; starter: n14 (c24) A alone: 100 × 0 / 1 = 0.00.
        assertThat(byPlan)
                .containsEntry("plan=pro", nps(new BigDecimal("16.67")))
                .containsEntry("plan=enterprise", nps(new BigDecimal("100.00")))
                .containsEntry("plan=starter", nps(new BigDecimal("0.00")))
                .as("and the whole base, 25.00")
                .containsValue(nps(NPS_JUNE))
                .hasSize(4);
        chromium.shot("breakdown-by-plan", chromium.find(By.id("breakdown")));

        // The download menu, opened from the keyboard, offers the page as it is now: June's NPS by plan, in
        // Japanese, once per format.
        WebElement download = chromium.find(By.cssSelector(".download-menu summary"));
        download.sendKeys(Keys.ENTER);
        chromium.until(
                "the download menu open",
                d -> d.findElement(By.cssSelector(".download-menu")).getDomAttribute("open") != null);
        Map<String, String> links = new LinkedHashMap<>();
        for (WebElement link : chromium.driver().findElements(By.cssSelector(".download-menu a[data-format]"))) {
            assertThat(link.isDisplayed()).as(link.getText()).isTrue();
            links.put(link.getDomAttribute("data-format"), link.getDomAttribute("href"));
        }
        assertThat(links).containsOnlyKeys("xlsx", "pdf", "docx", "csv");
        links.forEach((format, href) -> assertThat(href)
                .startsWith("/reports/download?period=2024-06&")
                .contains("metric=nps", "by=plan", "lang=ja", "format=" + format));
        chromium.shot("download-menu", chromium.find(By.cssSelector(".download-menu")));

        // Choosing a format fetches the report with the progress bar and says what was saved, staying on the page.
        String page = chromium.address();
        chromium.find(By.cssSelector(".download-menu a[data-format='csv']")).click();
        String saved = chromium.until(
                "the report saved",
                d -> d.findElement(By.cssSelector(".download-status")).getDomAttribute("data-file"));
        assertThat(saved).startsWith("kizuna-").endsWith("-2024-06-nps.csv");
        assertThat(chromium.find(By.cssSelector(".download-status")).getText())
                .isEqualTo(messages.getMessage("reports.done", null, Locale.JAPANESE)
                        .replace("{0}", saved));
        assertThat(chromium.address()).isEqualTo(page);
        // A report the server refuses says why in the same line, and the page stays as it was.
        ((org.openqa.selenium.JavascriptExecutor) chromium.driver())
                .executeScript("document.querySelector(\".download-menu a[data-format='csv']\")"
                        + ".setAttribute('href', '/reports/download?period=2024-06&format=odt&lang=ja')");
        chromium.find(By.cssSelector(".download-menu summary")).sendKeys(Keys.ENTER);
        chromium.find(By.cssSelector(".download-menu a[data-format='csv']")).click();
        chromium.until("the refusal shown", d -> d.findElement(By.cssSelector(".download-status.failed")));
        assertThat(chromium.find(By.cssSelector(".download-status")).getText())
                .contains(messages.getMessage("reports.error.format", new Object[] {"odt"}, Locale.JAPANESE));
        chromium.shot("download-refused", chromium.find(By.cssSelector(".download")));
        assertThat(chromium.address()).isEqualTo(page);

        chromium.signOut();
        assertThat(chromium.address()).isEqualTo("/login?logout");
    }

    @Test
    void aViewerDoesNotSeeTheRowsBehindTheFigure() {
        chromium.signIn(VIEWER, PASSWORD);
        chromium.open("/metrics/nps?period=2024-06");
        assertThat(heading()).contains(NPS.name(Language.JA));
        chromium.find(By.cssSelector("#series-chart svg, #series-chart canvas"));
        assertThat(chromium.awaitText(
                        NPS.formula(Language.JA),
                        nps(NPS_JUNE),
                        messages.getMessage("metric.rowsNeedAnalyst", null, Locale.JAPANESE)))
                .doesNotContain("survey_scores");
        assertThat(chromium.driver().getPageSource()).doesNotContain("survey_scores");
        chromium.shot("metric-page-of-a-viewer");
    }

    private String heading() {
        return chromium.find(By.tagName("h1")).getText();
    }

    /** Waits until the card of the metric shows the figure (cards may be loaded after the page). */
    private void awaitCard(String id, String figure) {
        chromium.until(
                "the card of " + id + " showing " + figure,
                d -> d.findElements(By.cssSelector("a[data-metric='" + id + "']")).stream()
                        .anyMatch(card -> card.getText().contains(figure)));
    }

    /** An NPS as the command line and the pages print it, in Japanese: {@code 25.00 pt}, or "no data". */
    private static String nps(BigDecimal value) {
        return MetricsTable.value(value, NPS.unit().id("JPY"), true);
    }
}
