package org.kizuna.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.GoldenWorkspace.ADMIN;
import static org.kizuna.web.GoldenWorkspace.PASSWORD;
import static org.kizuna.web.GoldenWorkspace.VIEWER;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kizuna.web.Browser;
import org.kizuna.web.ScratchServerTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * The accounts page (admins) and every account's own page against the real server and a copy of the golden
 * workspace, whose only admin is aiko.
 */
@ScratchServerTest
class AccountPagesTest {

    private static final Pattern MINTED = Pattern.compile("<code class=\"secret\">(kzn_[A-Za-z0-9_-]+)</code>");
    private static final Pattern TOKEN_ID = Pattern.compile("APIトークン ([0-9a-f]{8})");

    @Value("${local.server.port}")
    int port;

    @Test
    void theLastAdminCanBeNeitherDeletedNorDisabledNorDemoted() {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        for (String action : new String[] {"/admin/accounts/delete", "/admin/accounts/disable"}) {
            HttpResponse<String> response =
                    admin.post(action, Map.of("username", ADMIN, "_csrf", admin.csrf("/admin/accounts")));
            assertThat(response.statusCode()).as(action).isEqualTo(409);
            assertThat(response.body()).contains(ADMIN + " は最後の有効な管理者です。");
        }
        HttpResponse<String> demoted = admin.post(
                "/admin/accounts/role",
                Map.of("username", ADMIN, "role", "viewer", "_csrf", admin.csrf("/admin/accounts")));
        assertThat(demoted.statusCode()).isEqualTo(409);
        // aiko is still an admin who can sign in.
        assertThat(Browser.signedIn(port, ADMIN, PASSWORD)
                        .get("/admin/accounts")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAdminAddsAnAccountWhichSignsInUntilDisabledAndAnotherAdminMayThenBeRemoved() {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        HttpResponse<String> tooShort = admin.post(
                "/admin/accounts/add",
                Map.of(
                        "username",
                        "yuki",
                        "role",
                        "admin",
                        "password",
                        "1234567",
                        "_csrf",
                        admin.csrf("/admin/accounts")));
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.body()).contains("パスワードは 8 文字以上にしてください。");
        HttpResponse<String> hostile = admin.post(
                "/admin/accounts/add",
                Map.of(
                        "username",
                        "<b>x</b>",
                        "role",
                        "viewer",
                        "password",
                        "12345678",
                        "_csrf",
                        admin.csrf("/admin/accounts")));
        assertThat(hostile.statusCode()).isEqualTo(422);
        assertThat(hostile.body()).doesNotContain("<b>x</b>").contains("&lt;b&gt;x&lt;/b&gt;");

        HttpResponse<String> added = admin.post(
                "/admin/accounts/add",
                Map.of(
                        "username",
                        "yuki",
                        "role",
                        "admin",
                        "password",
                        "yuki-password",
                        "_csrf",
                        admin.csrf("/admin/accounts")));
        assertThat(added.statusCode()).isEqualTo(302);
        Browser yuki = Browser.signedIn(port, "yuki", "yuki-password");
        assertThat(yuki.get("/admin/accounts").statusCode()).isEqualTo(200);

        // With yuki an admin too, aiko is no longer the last one; yuki disabled, aiko is again.
        HttpResponse<String> disabled = admin.post(
                "/admin/accounts/disable", Map.of("username", "yuki", "_csrf", admin.csrf("/admin/accounts")));
        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(new Browser(port).login("yuki", "yuki-password").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        // yuki's open session ends at its next request.
        HttpResponse<String> stillOpen = yuki.get("/data");
        assertThat(stillOpen.statusCode()).isEqualTo(302);
        assertThat(stillOpen.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(admin.post(
                                "/admin/accounts/delete",
                                Map.of("username", ADMIN, "_csrf", admin.csrf("/admin/accounts")))
                        .statusCode())
                .isEqualTo(409);

        assertThat(admin.post(
                                "/admin/accounts/delete",
                                Map.of("username", "yuki", "_csrf", admin.csrf("/admin/accounts")))
                        .statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/admin/accounts").body()).doesNotContain("<td>yuki</td>");
    }

    @Test
    void aRoleChangeAppliesAtTheNextSignIn() {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        admin.post(
                "/admin/accounts/add",
                Map.of(
                        "username",
                        "sora",
                        "role",
                        "viewer",
                        "password",
                        "sora-password",
                        "_csrf",
                        admin.csrf("/admin/accounts")));
        String explain = "/api/v1/explain/nps?period=2024-06";
        assertThat(Browser.signedIn(port, "sora", "sora-password").get(explain).statusCode())
                .isEqualTo(403);

        HttpResponse<String> changed = admin.post(
                "/admin/accounts/role",
                Map.of("username", "sora", "role", "analyst", "_csrf", admin.csrf("/admin/accounts")));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(Browser.signedIn(port, "sora", "sora-password").get(explain).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAccountChangesItsOwnPasswordAndSignsInWithTheNewOne() {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        admin.post(
                "/admin/accounts/add",
                Map.of(
                        "username",
                        "haru",
                        "role",
                        "viewer",
                        "password",
                        "first-password",
                        "_csrf",
                        admin.csrf("/admin/accounts")));
        Browser haru = Browser.signedIn(port, "haru", "first-password");

        HttpResponse<String> wrongCurrent = changePassword(haru, "not-it", "second-password", "second-password");
        assertThat(wrongCurrent.statusCode()).isEqualTo(422);
        assertThat(wrongCurrent.body()).contains("現在のパスワードが正しくありません。");
        HttpResponse<String> mismatch = changePassword(haru, "first-password", "second-password", "second-passw0rd");
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(new Browser(port).login("haru", "first-password").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));

        HttpResponse<String> changed = changePassword(haru, "first-password", "second-password", "second-password");

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(new Browser(port).login("haru", "first-password").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(Browser.signedIn(port, "haru", "second-password")
                        .get("/account")
                        .body())
                .contains("パスワードの変更");
    }

    @Test
    void aTokenMintedOnTheOwnPageWorksAsBearerUntilRevoked() {
        Browser viewer = Browser.signedIn(port, VIEWER, PASSWORD);
        HttpResponse<String> minted = viewer.post("/account/tokens", Map.of("_csrf", viewer.csrf("/account")));
        assertThat(minted.statusCode()).isEqualTo(200);
        Matcher text = MINTED.matcher(minted.body());
        assertThat(text.find()).isTrue();
        Matcher id = TOKEN_ID.matcher(minted.body());
        assertThat(id.find()).isTrue();
        Browser script = new Browser(port);
        assertThat(script.get("/api/v1/catalogue", "Authorization", "Bearer " + text.group(1))
                        .statusCode())
                .isEqualTo(200);
        // The secret is shown once: the page shows only the token's id afterwards.
        assertThat(viewer.get("/account").body()).doesNotContain(text.group(1)).contains(id.group(1));

        HttpResponse<String> revoked =
                viewer.post("/account/tokens/revoke", Map.of("id", id.group(1), "_csrf", viewer.csrf("/account")));

        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(script.get("/api/v1/catalogue", "Authorization", "Bearer " + text.group(1))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void anAdminMintsATokenForAnAccountAndRevokesIt() {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        HttpResponse<String> minted =
                admin.post("/admin/accounts/token", Map.of("username", VIEWER, "_csrf", admin.csrf("/admin/accounts")));
        Matcher text = MINTED.matcher(minted.body());
        assertThat(text.find()).isTrue();
        Matcher id = TOKEN_ID.matcher(minted.body());
        assertThat(id.find()).isTrue();
        Browser script = new Browser(port);
        assertThat(script.get("/api/v1/catalogue", "Authorization", "Bearer " + text.group(1))
                        .statusCode())
                .isEqualTo(200);
        // Another account cannot revoke it from its own page.
        Browser other = Browser.signedIn(port, "kenji", PASSWORD);
        assertThat(other.post("/account/tokens/revoke", Map.of("id", id.group(1), "_csrf", other.csrf("/account")))
                        .statusCode())
                .isEqualTo(404);

        assertThat(admin.post(
                                "/admin/accounts/revoke",
                                Map.of("id", id.group(1), "_csrf", admin.csrf("/admin/accounts")))
                        .statusCode())
                .isEqualTo(302);
        assertThat(script.get("/api/v1/catalogue", "Authorization", "Bearer " + text.group(1))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void viewersAndAnalystsCannotManageAccounts() {
        Browser viewer = Browser.signedIn(port, VIEWER, PASSWORD);
        assertThat(viewer.post(
                                "/admin/accounts/add",
                                Map.of(
                                        "username",
                                        "eve",
                                        "role",
                                        "admin",
                                        "password",
                                        "eve-password",
                                        "_csrf",
                                        viewer.csrf("/account")))
                        .statusCode())
                .isEqualTo(403);
        assertThat(new Browser(port).login("eve", "eve-password").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    /** Sends the own account's password form, as the page does. */
    private static HttpResponse<String> changePassword(
            Browser browser, String current, String password, String confirm) {
        return browser.post(
                "/account/password",
                Map.of(
                        "current",
                        current,
                        "password",
                        password,
                        "confirm",
                        confirm,
                        "_csrf",
                        browser.csrf("/account")));
    }
}
