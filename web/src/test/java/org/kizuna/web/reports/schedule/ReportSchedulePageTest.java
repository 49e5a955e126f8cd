package org.kizuna.web.reports.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.GoldenWorkspace.ADMIN;
import static org.kizuna.web.GoldenWorkspace.PASSWORD;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.kizuna.reports.schedule.ReportSchedule;
import org.kizuna.reports.schedule.ScheduledReports;
import org.kizuna.store.SettingsFile;
import org.kizuna.store.Workspace;
import org.kizuna.web.Browser;
import org.kizuna.web.ScratchServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The scheduled report's settings on the settings page, against the real server and a copy of the golden
 * workspace: wrong values are named beside their fields and change nothing; right ones are saved, and the
 * server's scheduler writes the report they ask for, once.
 */
@ScratchServerTest
class ReportSchedulePageTest {

    @Value("${local.server.port}")
    int port;

    @Value("${" + ScratchServerTest.folder + "}")
    Path folder;

    @Autowired
    ReportScheduler scheduler;

    @Autowired
    Workspace workspace;

    @Test
    void theReportFieldsAreShownInThePagesLanguage() {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        String page = admin.get("/admin/settings").body();
        assertThat(page)
                .contains("定期レポート")
                .contains("name=\"report.schedule\"")
                .contains("<option value=\"weekly\">weekly</option>")
                .contains("<option value=\"csv\">csv</option>")
                .contains("ワークスペースの言語")
                .contains("name=\"report.email_to\"")
                .contains("placeholder=\"plan=pro\"");
    }

    @Test
    void wrongValuesAreNamedWithTheirReasonAndNothingIsSaved() throws IOException {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        byte[] before = Files.readAllBytes(settingsFile());
        Map<String, String> form = form(admin);
        form.put("report.schedule", "daily");
        form.put("report.format", "odt");
        form.put("report.family", "money");
        form.put("report.where", "plan");
        form.put("report.email_to", "cs@example.jp, bob@");

        HttpResponse<String> response = admin.post("/admin/settings", form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("保存していません。次の項目を修正してください。")
                .contains("report.schedule: 「daily」は off, weekly, monthly のどれでもありません")
                .contains("report.format: 「odt」は xlsx, pdf, docx, csv のどれでもありません")
                .contains("report.family: 「money」は voice, retention")
                .contains("report.where: 「plan」は 属性=値 の形ではありません (例: plan=pro。複数は &amp; でつなぎます)")
                .contains("report.email_to: 「bob@」はメールアドレスではありません")
                // what was typed stays in the field, to be corrected
                .contains("value=\"cs@example.jp, bob@\"");
        assertThat(Files.readAllBytes(settingsFile())).isEqualTo(before);
    }

    /**
     * Saved settings are the scheduler's at its next run: a monthly CSV of NPS for the pro plan, written once
     * into the folder named, for the last full month in Tokyo time.
     */
    @Test
    void savedSettingsAreWhatTheSchedulerWrites() throws IOException {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        assertThat(scheduler.runNow()).as("off until saved").isEmpty();
        Map<String, String> form = form(admin);
        form.put("report.schedule", "monthly");
        form.put("report.format", "csv");
        form.put("report.lang", "en");
        form.put("report.metric", "nps");
        form.put("report.where", "plan=pro");
        form.put("report.folder", "monthly-reports");

        HttpResponse<String> response = admin.post("/admin/settings", form);

        assertThat(response.statusCode()).isEqualTo(302);
        Properties saved = SettingsFile.load(settingsFile());
        assertThat(saved.getProperty("report.schedule")).isEqualTo("monthly");
        assertThat(saved.getProperty("report.where")).isEqualTo("plan=pro");
        assertThat(saved.getProperty("report.email_to"))
                .as("blank: not written")
                .isNull();
        assertThat(admin.get("/admin/settings").body())
                .containsPattern("<option value=\"monthly\"\\s+selected=\"selected\">monthly</option>")
                .containsPattern("<option value=\"en\"\\s+selected=\"selected\">en</option>");

        ScheduledReports.Due due = ScheduledReports.due(ReportSchedule.of(workspace), Instant.now())
                .orElseThrow();
        ScheduledReports.Run run = scheduler.runNow().orElseThrow();
        Path file = folder.resolve("monthly-reports").resolve(due.fileName());
        assertThat(run.written()).contains(file);
        assertThat(file.getFileName().toString()).matches("kizuna-\\d{4}-\\d{2}\\.csv");
        // every row is of the pro plan's customers, as --where plan=pro writes them
        assertThat(Files.readString(file))
                .startsWith("metric,period,")
                .contains("nps," + due.period().label() + ",plan,pro,");
        assertThat(scheduler.runNow().orElseThrow().nothingDone()).isTrue();
    }

    /** What a browser sends without changes: every entry of the file as the form shows it, and the token. */
    private Map<String, String> form(Browser admin) {
        Map<String, String> form = new LinkedHashMap<>();
        Properties current = SettingsFile.load(settingsFile());
        current.stringPropertyNames().forEach(key -> form.put(key, current.getProperty(key)));
        form.put("_csrf", admin.csrf("/admin/settings"));
        return form;
    }

    private Path settingsFile() {
        return folder.resolve(SettingsFile.FILE_NAME);
    }
}
