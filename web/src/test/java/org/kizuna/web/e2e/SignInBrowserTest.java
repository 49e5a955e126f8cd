package org.kizuna.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.GoldenWorkspace.ADMIN;
import static org.kizuna.web.GoldenWorkspace.PASSWORD;
import static org.kizuna.web.GoldenWorkspace.VIEWER;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.web.ServerTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/**
 * Signing in and out, and choosing the language, in a real browser: the golden workspace speaks Japanese, so
 * every page starts in Japanese until English is chosen.
 */
@ServerTest
class SignInBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Value("${local.server.port}")
    int port;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void server() {
        chromium.server(port);
    }

    @Test
    void aWrongPasswordShowsTheErrorAndTheRightOneLandsOnTheOverview() {
        chromium.open("/");
        assertThat(chromium.address()).as("a page asks for a sign-in first").isEqualTo("/login");
        chromium.shot("sign-in-page");

        chromium.find(By.name("username")).sendKeys(ADMIN);
        chromium.find(By.name("password")).sendKeys("not-the-password");
        chromium.follow(chromium.driver().findElement(By.cssSelector("form[action$='/login'] [type=submit]")));
        assertThat(chromium.address()).isEqualTo("/login?error");
        assertThat(chromium.text()).contains(message("login.error", Locale.JAPANESE));
        chromium.shot("wrong-password");

        chromium.find(By.name("username")).sendKeys(ADMIN);
        chromium.find(By.name("password")).sendKeys(PASSWORD);
        chromium.follow(chromium.driver().findElement(By.cssSelector("form[action$='/login'] [type=submit]")));
        assertThat(chromium.path()).as("the page first asked for").isEqualTo("/");
        assertThat(chromium.find(By.tagName("h1")).getText()).startsWith(message("overview.title", Locale.JAPANESE));
        // The figures are computed after the page arrives and swapped in by htmx.
        int cards = chromium.until(
                "a card for every metric of the catalogue",
                driver -> driver.findElements(By.cssSelector("a[data-metric]")).size()
                                == MetricCatalog.ids().size()
                        ? MetricCatalog.ids().size()
                        : null);
        assertThat(cards).isEqualTo(MetricCatalog.ids().size());
        chromium.shot("overview");
    }

    @Test
    void signingOutEndsTheSession() {
        chromium.signIn(VIEWER, PASSWORD);
        assertThat(chromium.path()).isEqualTo("/");
        chromium.shot("signed-in");

        chromium.signOut();
        assertThat(chromium.address()).isEqualTo("/login?logout");
        assertThat(chromium.text()).contains(message("login.logout", Locale.JAPANESE));
        chromium.shot("signed-out");

        chromium.open("/metrics/nps?period=2024-06");
        assertThat(chromium.address()).as("pages need a sign-in again").isEqualTo("/login");
    }

    @Test
    void theLanguageChosenIsRememberedOnTheNextPageAndAfterSigningInAgain() {
        chromium.open("/login");
        assertThat(chromium.language()).as("the workspace's language").isEqualTo("ja");
        assertThat(chromium.driver().getTitle()).startsWith(message("login.title", Locale.JAPANESE));
        chromium.follow(chromium.link("/login", "lang=en").orElseThrow());
        assertThat(chromium.language()).isEqualTo("en");
        assertThat(chromium.driver().getTitle()).startsWith(message("login.title", Locale.ENGLISH));
        chromium.shot("sign-in-in-english");

        chromium.signIn(VIEWER, PASSWORD);
        assertThat(chromium.language()).isEqualTo("en");
        assertThat(chromium.find(By.tagName("h1")).getText()).startsWith(message("overview.title", Locale.ENGLISH));
        chromium.shot("overview-in-english");

        chromium.open("/?period=2024-06");
        chromium.follow(chromium.find(By.cssSelector("a[data-metric='nps']")));
        assertThat(chromium.address()).startsWith("/metrics/nps");
        assertThat(chromium.language()).as("remembered on the next page").isEqualTo("en");
        assertThat(chromium.find(By.tagName("h1")).getText())
                .contains(MetricCatalog.find("nps").orElseThrow().definition().name(Language.EN));
        chromium.shot("metric-in-english");

        chromium.signOut();
        assertThat(chromium.language()).as("signing out keeps the language").isEqualTo("en");
        chromium.signIn(VIEWER, PASSWORD);
        assertThat(chromium.language()).as("remembered after signing in again").isEqualTo("en");
        assertThat(chromium.find(By.tagName("h1")).getText()).startsWith(message("overview.title", Locale.ENGLISH));
        chromium.shot("signed-in-again");

        chromium.follow(chromium.link("/", "lang=ja").orElseThrow());
        assertThat(chromium.language()).isEqualTo("ja");
        assertThat(chromium.find(By.tagName("h1")).getText()).startsWith(message("overview.title", Locale.JAPANESE));
        chromium.open("/?period=2024-06");
        assertThat(chromium.language())
                .as("and back to Japanese, remembered too")
                .isEqualTo("ja");
        chromium.awaitText(MetricCatalog.find("nps").orElseThrow().definition().name(Language.JA));
        chromium.shot("back-in-japanese");
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
