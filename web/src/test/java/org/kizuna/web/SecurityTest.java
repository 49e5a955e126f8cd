package org.kizuna.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.GoldenWorkspace.ADMIN;
import static org.kizuna.web.GoldenWorkspace.ANALYST;
import static org.kizuna.web.GoldenWorkspace.PASSWORD;
import static org.kizuna.web.GoldenWorkspace.VIEWER;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kizuna.store.account.AccountStore;
import org.kizuna.store.account.Role;
import org.kizuna.web.account.Credentials;
import org.springframework.beans.factory.annotation.Value;

/** Who may see what: sign-in with CSRF, pages and API without sign-in, roles, API tokens, the login throttle. */
@ServerTest
class SecurityTest {

    @Value("${local.server.port}")
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/health", "/css/kizuna.css", "/js/kizuna.js"})
    void publicRoutesNeedNoSignIn(String path) {
        assertThat(new Browser(port).get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void theWebJarsAreServedWithoutTheirVersionAndWithoutSignIn() {
        Browser browser = new Browser(port);
        assertThat(browser.get("/webjars/htmx.org/dist/htmx.min.js").statusCode())
                .isEqualTo(200);
        assertThat(browser.get("/webjars/echarts/dist/echarts.min.js").statusCode())
                .isEqualTo(200);
    }

    @Test
    void surveyPagesArePublic() {
        // A link that is not a survey link is refused as malformed, not redirected to the sign-in page.
        assertThat(new Browser(port).get("/s/some-survey").statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/", "/?period=2024-06", "/metrics/nps", "/metrics/nps/breakdown?by=plan", "/admin/accounts"})
    void pagesRedirectToTheSignInPageWithoutSignIn(String path) {
        HttpResponse<String> response = new Browser(port).get(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/api/v1/metrics?period=2024-06", "/api/v1/catalogue", "/api/v1/explain/nps", "/api/v1/nothing"})
    void theApiAnswers401InJsonWithoutSignIn(String path) {
        HttpResponse<String> response = new Browser(port).get(path);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).startsWith("{\"error\":");
    }

    @Test
    void signingInNeedsTheCsrfTokenAndTheRightPasswordAndSigningOutEndsTheSession() {
        Browser browser = new Browser(port);
        HttpResponse<String> withoutToken = browser.post("/login", Map.of("username", ADMIN, "password", PASSWORD));
        assertThat(withoutToken.statusCode()).isEqualTo(403);

        HttpResponse<String> wrong = browser.login(ADMIN, "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));

        HttpResponse<String> right = browser.login(ADMIN, PASSWORD);
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
        assertThat(browser.get("/?period=2024-06").statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/v1/catalogue").statusCode())
                .as("the API accepts the browser's session")
                .isEqualTo(200);

        HttpResponse<String> logout = browser.post("/logout", Map.of("_csrf", browser.csrf("/?period=2024-06")));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(browser.get("/api/v1/catalogue").statusCode()).isEqualTo(401);
    }

    @Test
    void onlyAdminsSeeTheAccounts() {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        HttpResponse<String> accounts = admin.get("/admin/accounts");
        assertThat(accounts.statusCode()).isEqualTo(200);
        assertThat(accounts.body()).contains(ADMIN, ANALYST, VIEWER);
        assertThat(admin.get("/?period=2024-06").body()).contains("/admin/accounts");

        Browser viewer = Browser.signedIn(port, VIEWER, PASSWORD);
        assertThat(viewer.get("/admin/accounts").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/?period=2024-06").body()).doesNotContain("/admin/accounts");
        assertThat(Browser.signedIn(port, ANALYST, PASSWORD)
                        .get("/admin/accounts")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theRowsBehindAFigureNeedAnAnalyst() {
        Browser viewer = Browser.signedIn(port, VIEWER, PASSWORD);
        assertThat(viewer.get("/api/v1/explain/nps?period=2024-06").statusCode())
                .isEqualTo(403);
        assertThat(viewer.get("/api/v1/metrics?period=2024-06&metric=nps").statusCode())
                .isEqualTo(200);
        String viewerPage =
                viewer.get("/metrics/nps/explanation?period=2024-06&lang=en").body();
        assertThat(viewerPage).contains("shown to analysts and admins").doesNotContain("Rows of ");

        Browser analyst = Browser.signedIn(port, ANALYST, PASSWORD);
        assertThat(analyst.get("/api/v1/explain/nps?period=2024-06").statusCode())
                .isEqualTo(200);
        assertThat(analyst.get("/metrics/nps/explanation?period=2024-06&lang=en")
                        .body())
                .contains("Rows of ")
                .doesNotContain("shown to analysts and admins");
    }

    @Test
    void aBearerTokenSignsInItsRequestUntilItIsRevoked() {
        AccountStore accounts = new AccountStore(GoldenWorkspace.workspace());
        Credentials.MintedToken minted = Credentials.mintToken(accounts, ANALYST);
        Browser script = new Browser(port);

        HttpResponse<String> answered =
                script.get("/api/v1/metrics?period=2024-06&metric=nps", "Authorization", "Bearer " + minted.text());
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("\"metric\" : \"nps\"");
        assertThat(answered.headers().allValues("Set-Cookie"))
                .as("a token's request keeps no session")
                .noneMatch(cookie -> cookie.startsWith("KIZUNA_SESSION"));
        assertThat(script.get("/api/v1/catalogue").statusCode())
                .as("the token signed in that request only")
                .isEqualTo(401);
        assertThat(script.get("/", "Authorization", "Bearer " + minted.text()).statusCode())
                .as("tokens are for the API, not the pages")
                .isEqualTo(302);

        assertThat(accounts.revokeToken(minted.token().id(), Instant.now())).isTrue();
        HttpResponse<String> revoked =
                script.get("/api/v1/metrics?period=2024-06&metric=nps", "Authorization", "Bearer " + minted.text());
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("revoked");
        assertThat(script.get("/api/v1/catalogue", "Authorization", "Bearer kzn_made-up")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aViewersTokenKeepsTheViewersRole() {
        Credentials.MintedToken minted = Credentials.mintToken(new AccountStore(GoldenWorkspace.workspace()), VIEWER);
        Browser script = new Browser(port);
        assertThat(script.get("/api/v1/explain/nps?period=2024-06", "Authorization", "Bearer " + minted.text())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void fiveFailedSignInsLockTheUsernameFromThatAddressForAMinute() {
        Credentials.addAccount(new AccountStore(GoldenWorkspace.workspace()), "guessed", PASSWORD, Role.VIEWER);
        Browser guesser = new Browser(port);
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.login("guessed", "guess-" + i).statusCode()).isEqualTo(302);
        }
        HttpResponse<String> locked = guesser.login("guessed", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).contains("60");
        assertThat(locked.body()).contains("try again in a minute");
        assertThat(Browser.signedIn(port, VIEWER, PASSWORD)
                        .get("/?period=2024-06")
                        .statusCode())
                .as("other usernames are not locked")
                .isEqualTo(200);
    }

    @Test
    void behindAReverseProxyTheLockIsPerClientAddressFromXForwardedFor() {
        Credentials.addAccount(new AccountStore(GoldenWorkspace.workspace()), "proxied", PASSWORD, Role.VIEWER);
        Browser guesser = new Browser(port).forwardedFor("203.0.113.5");
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.login("proxied", "guess-" + i).statusCode()).isEqualTo(302);
        }
        assertThat(guesser.login("proxied", PASSWORD).statusCode()).isEqualTo(429);
        // The same username from another client behind the same proxy is not locked out by the guesser.
        HttpResponse<String> owner =
                new Browser(port).forwardedFor("203.0.113.6").login("proxied", PASSWORD);
        assertThat(owner.statusCode()).isEqualTo(302);
        assertThat(owner.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }
}
