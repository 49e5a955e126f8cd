package org.kizuna.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.GoldenWorkspace.PASSWORD;
import static org.kizuna.web.GoldenWorkspace.VIEWER;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kizuna.cli.MetricsTable;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.store.Workspace;
import org.kizuna.store.survey.InAppInvitation;
import org.kizuna.store.survey.LinkRejection;
import org.kizuna.store.survey.NewSurvey;
import org.kizuna.store.survey.SurveyCollection;
import org.kizuna.store.survey.SurveyType;
import org.kizuna.web.ScratchServerTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/**
 * Answering an NPS survey through its signed link in a real browser at a phone's size, without
 * signing in, and seeing the answer counted in the day's NPS on the overview; the same link then says it has
 * been answered. The survey and its links are made with the store, as the survey pages and the API make them
 * (the golden {@code nps} survey was imported, so Kizuna does not ask it).
 *
 * <p>The answers are stored with the moment they are given, so the figure that moves is today's (in the
 * workspace's Tokyo time): the golden data's answers are all of 2024, so today has only the answers given
 * here. NPS = 100 × (promoters (9–10) − detractors (0–6)) / answers.
 */
@ScratchServerTest
class SurveyAnswerBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static final MetricDefinition NPS =
            MetricCatalog.find("nps").orElseThrow().definition();

    private static final String SURVEY = "e2e-nps";

    /** An iPhone's window, in CSS pixels. */
    private static final Dimension PHONE = new Dimension(390, 844);

    private static final Dimension DESKTOP = new Dimension(1280, 1000);

    @Value("${local.server.port}")
    int port;

    @Value("${" + ScratchServerTest.folder + "}")
    Path folder;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void server() {
        chromium.server(port);
    }

    @Test
    void anAnswerGivenThroughItsLinkOnAPhoneMovesTheNpsAndTheLinkIsThenUsedUp() throws SQLException {
        SurveyCollection surveys = new SurveyCollection(Workspace.open(folder));
        surveys.create(NewSurvey.of(
                Optional.of(SURVEY),
                SurveyType.NPS,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("web"),
                Optional.empty(),
                Optional.empty()));
        LocalDate today = LocalDate.now(Workspace.open(folder).settings().timeZone());
        // Today and tomorrow, so that answers given just after midnight still count.
        String overview = "/?period=" + today + ".." + today.plusDays(1);

        // Two answers of today before the one given in the browser: c02 scores 10 (a promoter), c03 scores 3
        // (a detractor): 100 × (1 − 1) / 2 = 0.00.
        surveys.answer(link(surveys, "c02", "e2e-before-1"), BigDecimal.TEN, Optional.empty(), Optional.empty());
        surveys.answer(link(surveys, "c03", "e2e-before-2"), new BigDecimal("3"), Optional.empty(), Optional.empty());
        String token = link(surveys, "c01", "e2e-phone");

        chromium.signIn(VIEWER, PASSWORD);
        chromium.open(overview);
        assertThat(chromium.find(By.tagName("h1")).getText()).contains(today.toString());
        WebElement card = awaitCard(nps(new BigDecimal("0.00")));
        chromium.shot("nps-of-today-before", card);
        chromium.signOut();

        WebDriver.Window window = chromium.driver().manage().window();
        window.setSize(PHONE);
        try {
            // c01 speaks Japanese, so the link made without a language asks in Japanese.
            chromium.open("/s/" + token);
            assertThat(chromium.language()).isEqualTo("ja");
            assertThat(chromium.find(By.id("question")).getText())
                    .isEqualTo(surveys.find(SURVEY).orElseThrow().question(Language.JA));
            assertThat(chromium.text()).contains(message("answer.choose"), message("answer.scale.nps.low"));
            // NPS runs 0–10: eleven buttons, all within the phone's width (no sideways scrolling).
            assertThat(chromium.driver().findElements(By.cssSelector("label.point")))
                    .hasSize(11);
            assertThat(scrollWidth()).as("the page is no wider than the phone").isLessThanOrEqualTo(clientWidth());
            chromium.shot("answer-page-on-a-phone");

            WebElement nine = chromium.find(By.xpath("//label[@class='point'][input[@name='score' and @value='9']]"));
            nine.click();
            assertThat(chromium.driver()
                            .findElement(By.cssSelector("input[name=score][value='9']"))
                            .isSelected())
                    .isTrue();
            chromium.find(By.name("comment")).sendKeys("スマホから回答しました");
            WebElement send = chromium.find(By.cssSelector("form button.send[type=submit]"));
            assertThat(send.getText()).isEqualTo(message("answer.send"));
            chromium.shot("score-and-comment", send);

            chromium.follow(send);
            assertThat(chromium.find(By.tagName("h1")).getText()).isEqualTo(message("answer.thanks.title"));
            assertThat(chromium.text()).contains(message("answer.thanks.text"));
            chromium.shot("thank-you");
            assertThat(answers("スマホから回答しました", 9))
                    .as("the answer stored with its comment")
                    .isEqualTo(1);

            // The same link again: answered already.
            chromium.open("/s/" + token);
            assertThat(chromium.find(By.cssSelector("main[data-reason]")).getDomAttribute("data-reason"))
                    .isEqualTo(LinkRejection.ALREADY_ANSWERED.name());
            assertThat(chromium.find(By.tagName("h1")).getText())
                    .isEqualTo(LinkRejection.ALREADY_ANSWERED.message(Language.JA));
            assertThat(chromium.text()).contains(LinkRejection.ALREADY_ANSWERED.message(Language.EN));
            assertThat(chromium.driver().findElements(By.name("score"))).isEmpty();
            chromium.shot("already-answered");
        } finally {
            window.setSize(DESKTOP);
        }

        // Today now: 10 (c02) and 9 (c01) are promoters, 3 (c03) a detractor, 3 answers:
        // 100 × (2 − 1) / 3 = 33.33.
        chromium.signIn(VIEWER, PASSWORD);
        chromium.open(overview);
        card = awaitCard(nps(new BigDecimal("33.33")));
        chromium.shot("nps-of-today-after", card);
    }

    /** A new in-app link of the survey for a customer's user, valid for 14 days. */
    private static String link(SurveyCollection surveys, String customer, String user) {
        return surveys.inviteInApp(new InAppInvitation(SURVEY, customer, user, Optional.empty(), Optional.empty(), 14))
                .token();
    }

    /** Waits until the NPS card shows the value, and returns the card. */
    private WebElement awaitCard(String value) {
        return chromium.until(
                "the NPS card showing " + value,
                d -> d.findElements(By.cssSelector("a[data-metric='nps']")).stream()
                        .filter(card -> card.findElement(By.cssSelector(".value"))
                                .getText()
                                .equals(value))
                        .findFirst()
                        .orElse(null));
    }

    private long answers(String comment, int score) throws SQLException {
        try (Connection connection = Workspace.open(folder).connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM survey_responses WHERE survey_id = ? AND comment = ? AND score = ?")) {
            query.setString(1, SURVEY);
            query.setString(2, comment);
            query.setInt(3, score);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private long scrollWidth() {
        return (Long)
                ((JavascriptExecutor) chromium.driver()).executeScript("return document.documentElement.scrollWidth;");
    }

    private long clientWidth() {
        return (Long)
                ((JavascriptExecutor) chromium.driver()).executeScript("return document.documentElement.clientWidth;");
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.JAPANESE);
    }

    /** An NPS as the pages print it, in Japanese: {@code 25.00 pt}. */
    private static String nps(BigDecimal value) {
        return MetricsTable.value(value, NPS.unit().id("JPY"), true);
    }
}
