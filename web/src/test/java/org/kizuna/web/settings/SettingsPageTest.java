package org.kizuna.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.GoldenWorkspace.ADMIN;
import static org.kizuna.web.GoldenWorkspace.ANALYST;
import static org.kizuna.web.GoldenWorkspace.PASSWORD;

import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.kizuna.web.Browser;
import org.kizuna.web.ScratchServerTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * The settings page against the real server and a copy of the golden workspace: a form with a bad value
 * changes nothing in the settings file and says what is wrong beside the field; a good one is saved and the
 * running server uses it at once.
 */
@ScratchServerTest
class SettingsPageTest {

    @Value("${local.server.port}")
    int port;

    @Value("${" + ScratchServerTest.folder + "}")
    Path folder;

    @Test
    void invalidValuesAreShownAndTheFileIsLeftAsItWas() throws IOException {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        byte[] before = Files.readAllBytes(settingsFile());
        Map<String, String> form = formAsThePageFillsIt(admin);
        form.put("language", "fr");
        form.put("time_zone", "Mars/Olympus");
        form.put("target.nps", "thirty");
        form.put("inactivity_window_days", "0");
        form.put("survey.base_url", "ftp://files.example.jp");

        HttpResponse<String> response = admin.post("/admin/settings", form);

        assertThat(response.statusCode()).isEqualTo(422);
        // Each problem in the page's language, Japanese here.
        assertThat(response.body())
                .contains("保存していません。次の項目を修正してください。")
                .contains("language: 「fr」は ja でも en でもありません")
                .contains("time_zone: 「Mars/Olympus」は既知のタイムゾーンではありません (例: Asia/Tokyo)")
                .contains("target.nps: 「thirty」は数値ではありません")
                .contains("inactivity_window_days: 「0」は 0 より大きい整数ではありません")
                .contains("survey.base_url: 「ftp://files.example.jp」は http または https のアドレスではありません")
                // the form shows what was typed, to be corrected
                .contains("value=\"Mars/Olympus\"");
        assertThat(Files.readAllBytes(settingsFile())).isEqualTo(before);

        // The same in English once the reader chooses it.
        admin.get("/admin/settings?lang=en");
        String english = admin.post("/admin/settings", form).body();
        assertThat(english)
                .contains("language: &quot;fr&quot; is not ja or en")
                .contains("time_zone: &quot;Mars/Olympus&quot; is not a known time zone")
                .contains("target.nps: &quot;thirty&quot; is not a number")
                .contains("inactivity_window_days: &quot;0&quot; is not a whole number above 0")
                .contains("survey.base_url: &quot;ftp://files.example.jp&quot; is not an http or https address");
        assertThat(Files.readAllBytes(settingsFile())).isEqualTo(before);
    }

    @Test
    void aValueWithALineBreakCannotSmuggleInAnotherSetting() throws IOException {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        byte[] before = Files.readAllBytes(settingsFile());
        Map<String, String> form = formAsThePageFillsIt(admin);
        form.put("smtp.host", "mail.example.com\nlanguage = en");

        assertThat(admin.post("/admin/settings", form).statusCode()).isEqualTo(422);
        assertThat(Files.readAllBytes(settingsFile())).isEqualTo(before);
    }

    @Test
    void aSavedTargetIsWrittenToTheFileAndShownOnTheOverviewAtOnce() throws IOException {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        // The golden June 2024 NPS is 25.00 ((4 promoters − 2 detractors) / 8 answers × 100); the workspace's
        // default target is 30, which it misses.
        assertThat(npsCard(admin)).contains("目標 ≥ 30").contains("未達");
        Map<String, String> form = formAsThePageFillsIt(admin);
        form.put("target.nps", "20");
        form.put("survey.base_url", "https://cs.example.com/");

        HttpResponse<String> response = admin.post("/admin/settings", form);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/admin/settings?saved");
        Properties saved = read(settingsFile());
        assertThat(saved.getProperty("target.nps")).isEqualTo("20");
        assertThat(saved.getProperty("survey.base_url")).isEqualTo("https://cs.example.com/");
        // Untouched settings and the file's comments stay.
        assertThat(saved.getProperty("target.clv_cac")).isEqualTo("3");
        assertThat(Files.readString(settingsFile())).contains("# Kizuna workspace settings");
        // 25.00 ≥ 20: the target is met now.
        assertThat(npsCard(admin)).contains("目標 ≥ 20").contains("達成");
        assertThat(admin.get("/admin/settings").body()).contains("value=\"20\"");
    }

    @Test
    void onlyAdminsSeeOrSaveTheSettings() throws IOException {
        Browser analyst = Browser.signedIn(port, ANALYST, PASSWORD);
        byte[] before = Files.readAllBytes(settingsFile());
        assertThat(analyst.get("/admin/settings").statusCode()).isEqualTo(403);
        assertThat(analyst.post("/admin/settings", Map.of("_csrf", analyst.csrf("/account"), "language", "en"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(Files.readAllBytes(settingsFile())).isEqualTo(before);
    }

    /** What a browser sends without changes: every entry of the file as the form shows it, and the token. */
    private Map<String, String> formAsThePageFillsIt(Browser admin) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        Properties current = read(settingsFile());
        current.stringPropertyNames().forEach(key -> form.put(key, current.getProperty(key)));
        form.put("_csrf", admin.csrf("/admin/settings"));
        return form;
    }

    private static String npsCard(Browser browser) {
        // The overview's figures are computed apart from the page, which loads them.
        String html = browser.get("/overview/figures?period=2024-06").body();
        int start = html.indexOf("data-metric=\"nps\"");
        assertThat(start).isPositive();
        return html.substring(start, html.indexOf("</a>", start));
    }

    private Path settingsFile() {
        return folder.resolve("settings.properties");
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
