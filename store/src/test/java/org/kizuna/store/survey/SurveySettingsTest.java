package org.kizuna.store.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.store.SettingsFile;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;

/** The survey settings of a workspace's settings file. */
class SurveySettingsTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void workspace() {
        Workspace.init(dir, SurveyFixture.JAPAN);
        file = dir.resolve(SettingsFile.FILE_NAME);
    }

    @Test
    void aNewWorkspaceThrottlesForThirtyDaysAndWritesToTheOutbox() {
        SurveySettings settings = SurveySettings.read(dir);

        assertThat(settings.throttleDays()).isEqualTo(30);
        assertThat(settings.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(settings.smtp()).isEmpty();
        assertThat(settings.link("abc")).isEqualTo("http://localhost:8080/s/abc");
    }

    @Test
    void anSmtpServerIsReadWithoutShowingItsPassword() throws IOException {
        append("smtp.host = mail.example.jp\nsmtp.user = cs\nsmtp.password = s3cret-pw\n"
                + "survey.base_url = https://cs.example.jp/surveys/\n");

        SurveySettings settings = SurveySettings.read(dir);

        assertThat(settings.smtp()).hasValueSatisfying(smtp -> {
            assertThat(smtp.port()).isEqualTo(587);
            assertThat(smtp.password()).contains("s3cret-pw");
        });
        assertThat(settings.toString()).doesNotContain("s3cret-pw");
        assertThat(settings.link("abc")).isEqualTo("https://cs.example.jp/surveys/s/abc");
        // the main settings reader accepts the survey keys
        assertThat(SettingsFile.read(file).language()).isEqualTo("ja");
    }

    @Test
    void badValuesAreReportedWithTheirKey() throws IOException {
        String original = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, original.replace("survey.throttle_days = 30", "survey.throttle_days = -1"));
        assertThatThrownBy(() -> SurveySettings.read(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("settings.properties: survey.throttle_days: -1 is below 0");

        Files.writeString(
                file, original.replace("survey.base_url = http://localhost:8080", "survey.base_url = ftp://x"));
        assertThatThrownBy(() -> SurveySettings.read(dir))
                .hasMessage("settings.properties: survey.base_url: \"ftp://x\" is not an http or https address");
    }

    /**
     * Every problem of the survey and mail settings at once, for the settings page: the first is what {@link
     * SurveySettings#read} reports; each said in English and in Japanese.
     */
    @Test
    void everyProblemIsListedWithItsKeyInBothLanguages() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("survey.throttle_days", "a month");
        p.setProperty("survey.base_url", "mailto:cs@example.jp");
        p.setProperty("smtp.host", "mail.example.jp");
        p.setProperty("smtp.port", "25x");

        java.util.Map<String, org.kizuna.store.Reason> reasons = SurveySettings.reasons(p);

        assertThat(reasons.keySet()).containsExactly("survey.throttle_days", "survey.base_url", "smtp.port");
        assertThat(reasons.values())
                .extracting(org.kizuna.store.Reason::english)
                .containsExactly(
                        "survey.throttle_days: \"a month\" is not a whole number",
                        "survey.base_url: \"mailto:cs@example.jp\" is not an http or https address",
                        "smtp.port: \"25x\" is not a whole number");
        assertThat(reasons.values())
                .extracting(reason -> reason.in(java.util.Locale.JAPANESE))
                .containsExactly(
                        "survey.throttle_days: 「a month」は整数ではありません",
                        "survey.base_url: 「mailto:cs@example.jp」は http または https のアドレスではありません",
                        "smtp.port: 「25x」は整数ではありません");
        // without a mail server its port is not read
        p.remove("smtp.host");
        assertThat(SurveySettings.reasons(p)).doesNotContainKey("smtp.port");
        p.setProperty("survey.throttle_days", "-2");
        assertThat(SurveySettings.reasons(p).get("survey.throttle_days").english())
                .isEqualTo("survey.throttle_days: -2 is below 0");
    }

    private void append(String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
