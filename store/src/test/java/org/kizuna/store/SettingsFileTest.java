package org.kizuna.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.kizuna.domain.MetricConventions;
import org.kizuna.domain.WorkspaceSettings;

/** The settings file as a user edits it: every value checked, each bad one named by file and key. */
@Execution(ExecutionMode.CONCURRENT)
class SettingsFileTest {

    private static final WorkspaceSettings JAPAN = WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo"));

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void writeDefaults() throws IOException {
        file = dir.resolve("settings.properties");
        SettingsFile.write(file, JAPAN);
    }

    private void edit(String line, String replacement) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as("the settings file as written").contains(line);
        Files.writeString(file, text.replace(line, replacement), StandardCharsets.UTF_8);
    }

    @Test
    void readsBackWhatWasWritten() {
        assertThat(SettingsFile.read(file)).isEqualTo(JAPAN);
    }

    @Test
    void writesEveryKeyWithItsValue() throws IOException {
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
                .contains(
                        "reporting_currency = JPY",
                        "time_zone = Asia/Tokyo",
                        "language = ja",
                        "inactivity_window_days = 90",
                        "onboarding_target_days = 30",
                        "sla.first_response_hours = 4",
                        "sla.resolution_hours = 24",
                        "csat.threshold.0-10 = 7",
                        "csat.threshold.1-10 = 6",
                        "csat.threshold.1-5 = 4",
                        "csat.threshold.1-7 = 5");
    }

    @Test
    void readsAHandEditedFile() throws IOException {
        Files.writeString(file, """
                # 編集しました
                reporting_currency=USD
                time_zone =   Europe/Berlin  \s
                language: en
                inactivity_window_days = 45
                onboarding_target_days = 21
                sla.first_response_hours = 0.5
                sla.resolution_hours = 8
                csat.threshold.1-5 = 3.5
                """, StandardCharsets.UTF_8);

        assertThat(SettingsFile.read(file))
                .isEqualTo(new WorkspaceSettings(
                        "USD",
                        ZoneId.of("Europe/Berlin"),
                        "en",
                        45,
                        21,
                        new BigDecimal("0.5"),
                        new BigDecimal("8"),
                        Map.of("1-5", new BigDecimal("3.5"))));
    }

    @Test
    void reportsAMisspelledTimeZone() throws IOException {
        edit("time_zone = Asia/Tokyo", "time_zone = Asia/Tokio");

        assertThatThrownBy(() -> SettingsFile.read(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage(
                        "settings.properties: time_zone: \"Asia/Tokio\" is not a known time zone (e.g. Asia/Tokyo)");
    }

    @Test
    void reportsAnUnknownKeyAndListsTheKnownOnes() throws IOException {
        edit("onboarding_target_days = 30", "onboarding_target_days = 30\nonboarding_days = 14");

        assertThatThrownBy(() -> SettingsFile.read(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("settings.properties: unknown setting onboarding_days; known settings are"
                        + " churn.denominator, clv.basis, inactivity_window_days, language, onboarding_target_days,"
                        + " report.email_to, report.family, report.folder, report.format, report.lang, report.metric,"
                        + " report.schedule, report.where, reporting_currency, sla.first_response_hours, sla.resolution_hours, smtp.from, smtp.host,"
                        + " smtp.password, smtp.port, smtp.user, survey.base_url, survey.throttle_days, time_zone,"
                        + " csat.threshold.MIN-MAX, cai.weight.COMPONENT, engagement.weight.COMPONENT and"
                        + " target.METRIC");
    }

    @Test
    void readsTargetsPerMetricAndWritesThemBack() throws IOException {
        // a new workspace's file holds the default targets: NPS ≥ 30, CLV:CAC ≥ 3, first response ≤ 4 h
        edit("target.nps = 30", "target.nps = 35\ntarget.churn_rate = 2.5");

        WorkspaceSettings read = SettingsFile.read(file);

        assertThat(read.targets())
                .containsOnlyKeys("churn_rate", "clv_cac", "first_response_time", "nps")
                .hasEntrySatisfying("clv_cac", t -> assertThat(t).isEqualByComparingTo("3"))
                .hasEntrySatisfying("first_response_time", t -> assertThat(t).isEqualByComparingTo("4"))
                .hasEntrySatisfying("churn_rate", t -> assertThat(t).isEqualByComparingTo("2.5"))
                .hasEntrySatisfying("nps", t -> assertThat(t).isEqualByComparingTo("35"));
        SettingsFile.write(file, read);
        assertThat(SettingsFile.read(file)).isEqualTo(read);
    }

    @Test
    void reportsATargetForAMetricThatDoesNotExist() throws IOException {
        edit("onboarding_target_days = 30", "onboarding_target_days = 30\ntarget.net_promoter = 30");

        assertThatThrownBy(() -> SettingsFile.read(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("settings.properties: target.net_promoter: \"net_promoter\" is not a metric id; known: "
                        + String.join(", ", org.kizuna.metrics.MetricCatalog.ids()));
    }

    @Test
    void reportsALanguageOtherThanJapaneseOrEnglish() throws IOException {
        edit("language = ja", "language = fr");

        assertThatThrownBy(() -> SettingsFile.read(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("settings.properties: language: \"fr\" is not ja or en");
    }

    @Test
    void reportsACurrencyThatIsNoIsoCode() throws IOException {
        edit("reporting_currency = JPY", "reporting_currency = YEN");

        assertThatThrownBy(() -> SettingsFile.read(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("settings.properties: reporting_currency: \"YEN\" is not an ISO 4217 currency code");
    }

    @Test
    void reportsAMissingSetting() throws IOException {
        edit("time_zone = Asia/Tokyo", "");

        assertThatThrownBy(() -> SettingsFile.read(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("settings.properties: time_zone is missing");
    }

    @Test
    void reportsAWindowOfZeroDays() throws IOException {
        edit("inactivity_window_days = 90", "inactivity_window_days = 0");

        assertThatThrownBy(() -> SettingsFile.read(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("settings.properties: inactivity_window_days: \"0\" is not a whole number above 0");
    }

    @Test
    void reportsANegativeTarget() throws IOException {
        edit("sla.first_response_hours = 4", "sla.first_response_hours = -1");

        assertThatThrownBy(() -> SettingsFile.read(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("settings.properties: sla.first_response_hours: -1 is not above 0");
    }

    @Test
    void reportsACsatScaleNotWrittenAsMinMax() throws IOException {
        edit("csat.threshold.1-5 = 4", "csat.threshold.five = 4");

        assertThatThrownBy(() -> SettingsFile.read(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("settings.properties: csat.threshold.five: the scale must be written min-max, e.g."
                        + " csat.threshold.1-5");
    }

    @Test
    void writesTheConventionsWithTheirDefaults() throws IOException {
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
                .contains(
                        "churn.denominator = start",
                        "clv.basis = margin",
                        "cai.weight.trust = 1",
                        "cai.weight.satisfaction = 1",
                        "cai.weight.recommend = 1",
                        "engagement.weight.frequency = 1",
                        "engagement.weight.breadth = 1",
                        "engagement.weight.social = 1",
                        "engagement.weight.support = 1");
    }

    @Test
    void readsSwitchedConventions() throws IOException {
        edit("churn.denominator = start", "churn.denominator = start_plus_acquired");
        edit("clv.basis = margin", "clv.basis = revenue");
        edit("cai.weight.trust = 1", "cai.weight.trust = 2");
        edit("engagement.weight.support = 1", "engagement.weight.support = 0");

        MetricConventions conventions = SettingsFile.read(file).conventions();

        assertThat(conventions.churnDenominator()).isEqualTo(MetricConventions.ChurnDenominator.START_PLUS_ACQUIRED);
        assertThat(conventions.clvBasis()).isEqualTo(MetricConventions.ClvBasis.REVENUE);
        assertThat(conventions.caiWeights())
                .containsExactly(
                        Map.entry("trust", new BigDecimal("2")),
                        Map.entry("satisfaction", new BigDecimal("1")),
                        Map.entry("recommend", new BigDecimal("1")));
        assertThat(conventions.engagementWeights()).containsEntry("support", BigDecimal.ZERO);
    }

    @Test
    void aFileWithoutConventionsUsesTheDefaults() throws IOException {
        String text =
                Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?m)^(churn|clv|cai|engagement)\\..*$", "");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        assertThat(SettingsFile.read(file).conventions()).isEqualTo(MetricConventions.defaults());
    }

    @Test
    void refusesAnUnknownConvention() throws IOException {
        edit("churn.denominator = start", "churn.denominator = end");

        assertThatThrownBy(() -> SettingsFile.read(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("settings.properties: churn.denominator: \"end\" is not one of start, start_plus_acquired");
    }

    @Test
    void refusesAnUnknownWeightComponentAndWeightsAllZero() throws IOException {
        edit("cai.weight.trust = 1", "cai.weight.trust = 1\ncai.weight.love = 1");
        assertThatThrownBy(() -> SettingsFile.read(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("settings.properties: cai.weight.love: \"love\" is not a component; known: trust,"
                        + " satisfaction, recommend");

        SettingsFile.write(file, JAPAN);
        edit("cai.weight.trust = 1", "cai.weight.trust = 0");
        edit("cai.weight.satisfaction = 1", "cai.weight.satisfaction = 0");
        edit("cai.weight.recommend = 1", "cai.weight.recommend = 0");
        assertThatThrownBy(() -> SettingsFile.read(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("settings.properties: the customer advocacy index's weights are all 0");
    }
}
