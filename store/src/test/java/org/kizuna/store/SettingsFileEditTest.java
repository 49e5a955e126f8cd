package org.kizuna.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.WorkspaceSettings;

/** Editing the settings file in place, checking every entry at once, and a workspace seeing a saved file. */
class SettingsFileEditTest {

    @TempDir
    Path dir;

    @Test
    void anEditKeepsCommentsRewritesEntriesInPlaceAndUncommentsAnEntryWrittenAsAnExample() {
        String text = "# heading\nlanguage = ja\n# smtp.host = smtp.example.com\ntarget.nps = 30\n\n";
        Map<String, String> changes = new HashMap<>();
        changes.put("language", "en");
        changes.put("smtp.host", "mail.example.com");
        changes.put("target.churn_rate", "2");
        changes.put("target.nps", null);

        String edited = SettingsFile.edit(text, changes);

        assertThat(edited)
                .isEqualTo("# heading\nlanguage = en\nsmtp.host = mail.example.com\ntarget.churn_rate = 2\n\n");
    }

    @Test
    void aNewEntryFollowsTheLastOfItsFamily() {
        String edited = SettingsFile.edit("target.nps = 30\n# end\n", Map.of("target.churn_rate", "2"));

        assertThat(edited).isEqualTo("target.nps = 30\ntarget.churn_rate = 2\n# end\n");
    }

    @Test
    void aValueWithALineBreakIsRefused() {
        assertThatThrownBy(() -> SettingsFile.edit("language = ja\n", Map.of("smtp.host", "a\nlanguage = en")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("smtp.host: a value cannot hold a line break");
    }

    @Test
    void aBackslashIsWrittenSoThatItReadsBack() {
        String edited = SettingsFile.edit("smtp.from = x\n", Map.of("smtp.from", "C:\\mail"));

        assertThat(SettingsFile.parse(edited).getProperty("smtp.from")).isEqualTo("C:\\mail");
    }

    @Test
    void everyProblemIsReportedAtOnceBesideItsSetting() throws Exception {
        Path file = dir.resolve("settings.properties");
        SettingsFile.write(file, WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")));
        String text = SettingsFile.edit(
                Files.readString(file), Map.of("language", "fr", "time_zone", "Mars/Olympus", "target.nps", "x"));

        SettingsFile.Checked checked = SettingsFile.check(SettingsFile.parse(text));

        assertThat(checked.settings()).isNull();
        assertThat(checked.problems())
                .containsEntry("language", "language: \"fr\" is not ja or en")
                .containsEntry("time_zone", "time_zone: \"Mars/Olympus\" is not a known time zone (e.g. Asia/Tokyo)")
                .containsEntry("target.nps", "target.nps: \"x\" is not a number")
                .hasSize(3);
    }

    @Test
    void aWorkspaceReadsItsSettingsAgainWhenTheFileIsReplacedAndKeepsThemWhenItBreaks() throws Exception {
        Workspace workspace =
                Workspace.init(dir.resolve("ws"), WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")));
        Path file = workspace.folder().resolve(SettingsFile.FILE_NAME);
        assertThat(workspace.settings().targets()).containsEntry("nps", BigDecimal.valueOf(30));

        SettingsFile.replace(file, SettingsFile.edit(Files.readString(file), Map.of("target.nps", "20")));
        assertThat(workspace.settings().targets()).containsEntry("nps", new BigDecimal("20"));

        SettingsFile.replace(file, SettingsFile.edit(Files.readString(file), Map.of("language", "fr")));
        assertThat(workspace.settings().language()).isEqualTo("ja");
        assertThat(workspace.settings().targets()).containsEntry("nps", new BigDecimal("20"));
    }
}
