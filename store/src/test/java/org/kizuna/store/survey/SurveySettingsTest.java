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

    private void append(String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
