package org.kizuna.reports.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Language;
import org.kizuna.reports.ReportBuilderTest;
import org.kizuna.reports.ReportFormat;
import org.kizuna.reports.ReportRun;
import org.kizuna.reports.schedule.ReportSchedule.Frequency;
import org.kizuna.store.SettingsFile;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;

/**
 * Scheduled reports of the golden data set (GOLDEN.md in the testkit), in a workspace in Tokyo time: the period
 * due at week, month and year boundaries, the file written once per period, the settings' checks, and the
 * email through a real SMTP server.
 */
class ScheduledReportsTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @TempDir
    static Path root;

    static Workspace workspace;

    static GreenMail smtp;

    @BeforeAll
    static void golden() {
        workspace = ReportBuilderTest.goldenWorkspace(root);
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @AfterEach
    void scheduleOff() throws IOException {
        settings(Map.of());
        smtp.reset();
    }

    // ---- the period due ----

    private static Optional<ScheduledReports.Due> due(Frequency frequency, ZoneId zone, String instant) {
        ReportSchedule schedule = new ReportSchedule(
                frequency,
                ReportFormat.XLSX,
                Language.JA,
                root.resolve("reports"),
                null,
                null,
                Map.of(),
                List.of(),
                zone);
        return ScheduledReports.due(schedule, Instant.parse(instant));
    }

    private static String label(Frequency frequency, ZoneId zone, String instant) {
        return due(frequency, zone, instant).orElseThrow().period().label();
    }

    /** 2024-07-01 00:30 in Tokyo is 2024-06-30 15:30 UTC: Tokyo is in July, so June is the last full month. */
    @Test
    void theMonthDueIsTheLastFullMonthInTheWorkspacesTimeZone() {
        ScheduledReports.Due due =
                due(Frequency.MONTHLY, TOKYO, "2024-06-30T15:30:00Z").orElseThrow();
        assertThat(due.period()).isEqualTo(Period.month(java.time.YearMonth.of(2024, 6)));
        assertThat(due.fileName()).isEqualTo("kizuna-2024-06.xlsx");
        // The same moment in UTC is still June 30th: May is the last full month there.
        assertThat(label(Frequency.MONTHLY, ZoneOffset.UTC, "2024-06-30T15:30:00Z"))
                .isEqualTo("2024-05");
        // 2024-06-30 23:59 in Tokyo (14:59 UTC): June is not over yet.
        assertThat(label(Frequency.MONTHLY, TOKYO, "2024-06-30T14:59:00Z")).isEqualTo("2024-05");
        // New Year in Tokyo (2024-12-31 15:00 UTC): December of the year before.
        assertThat(label(Frequency.MONTHLY, TOKYO, "2024-12-31T15:00:00Z")).isEqualTo("2024-12");
        assertThat(label(Frequency.MONTHLY, TOKYO, "2024-12-31T14:59:59Z")).isEqualTo("2024-11");
    }

    /**
     * 2024-07-01 is a Monday: at 00:30 in Tokyo the week of June 24–30 (2024-W26) is over; at 23:59 on Sunday
     * June 30th it is not, and the week before (W25, June 17–23) is due.
     */
    @Test
    void theWeekDueIsTheLastFullIsoWeekInTheWorkspacesTimeZone() {
        ScheduledReports.Due due =
                due(Frequency.WEEKLY, TOKYO, "2024-06-30T15:30:00Z").orElseThrow();
        assertThat(due.period().label()).isEqualTo("2024-W26");
        assertThat(due.period().first()).hasToString("2024-06-24");
        assertThat(due.period().last()).hasToString("2024-06-30");
        assertThat(due.fileName()).isEqualTo("kizuna-2024-W26.xlsx");
        assertThat(label(Frequency.WEEKLY, TOKYO, "2024-06-30T14:59:00Z")).isEqualTo("2024-W25");
        // The same moment in UTC is Sunday June 30th.
        assertThat(label(Frequency.WEEKLY, ZoneOffset.UTC, "2024-06-30T15:30:00Z"))
                .isEqualTo("2024-W25");
    }

    /**
     * Weeks across a new year: Wednesday 2025-01-01 is in 2025-W01 (Monday 2024-12-30), so 2024-W52 (December
     * 23–29) is due; Monday 2021-01-04 starts 2021-W01, after 2020's 53rd week (2020-12-28 to 2021-01-03).
     */
    @Test
    void weeksAcrossTheNewYearFollowIsoWeekYears() {
        assertThat(label(Frequency.WEEKLY, TOKYO, "2024-12-31T15:00:00Z")).isEqualTo("2024-W52");
        ScheduledReports.Due w53 =
                due(Frequency.WEEKLY, TOKYO, "2021-01-03T15:00:00Z").orElseThrow();
        assertThat(w53.period().label()).isEqualTo("2020-W53");
        assertThat(w53.period().first()).hasToString("2020-12-28");
        assertThat(w53.period().last()).hasToString("2021-01-03");
    }

    @Test
    void nothingIsDueWhenTheScheduleIsOff() throws IOException {
        assertThat(due(Frequency.OFF, TOKYO, "2024-06-30T15:30:00Z")).isEmpty();
        ScheduledReports.Run run = ScheduledReports.runDue(workspace, at("2024-07-01T00:30:00Z"));
        assertThat(run.nothingDone()).isTrue();
        assertThat(run.lines()).containsExactly("nothing due (report.schedule is off)");
        assertThat(workspace.folder().resolve("reports")).doesNotExist();
    }

    // ---- writing once per period ----

    /**
     * A monthly CSV of NPS for the pro plan: June 2024's is 16.67 (GOLDEN.md: 100 × (3 promoters − 2
     * detractors) / 6 answers). It is written once; a second run leaves the file alone; July's comes a month on.
     */
    @Test
    void theDueReportIsWrittenOnceAndTheNextOneTheNextMonth() throws IOException {
        settings(Map.of(
                "report.schedule", "monthly",
                "report.format", "csv",
                "report.metric", "nps",
                "report.where", "plan=pro",
                "report.folder", "monthly"));
        Path june = workspace.folder().resolve("monthly/kizuna-2024-06.csv");

        ScheduledReports.Run first = ScheduledReports.runDue(workspace, at("2024-07-01T00:30:00Z"));

        assertThat(first.written()).contains(june);
        assertThat(first.lines()).containsExactly("wrote " + june + " (2024-06)");
        assertThat(Files.readAllLines(june, StandardCharsets.UTF_8))
                .anySatisfy(line -> assertThat(line).startsWith("nps,2024-06,plan,pro,16.67,points,"))
                // the filter is the report's: every row is of pro customers
                .noneSatisfy(line -> assertThat(line).startsWith("nps,2024-06,,,"));

        // A restart, or the hourly run, in the same month: the file is there, so nothing is written.
        Files.writeString(june, "kept");
        ScheduledReports.Run again = ScheduledReports.runDue(workspace, at("2024-07-15T12:00:00Z"));
        assertThat(again.written()).isEmpty();
        assertThat(again.nothingDone()).isTrue();
        assertThat(again.lines()).containsExactly("nothing due (kizuna-2024-06.csv is already written)");
        assertThat(Files.readString(june)).isEqualTo("kept");

        ScheduledReports.Run august = ScheduledReports.runDue(workspace, at("2024-08-01T00:30:00Z"));
        Path july = workspace.folder().resolve("monthly/kizuna-2024-07.csv");
        assertThat(august.written()).contains(july);
        assertThat(Files.readString(july)).contains("nps,2024-07,plan,pro,");
        assertThat(Files.readString(june)).isEqualTo("kept");
        try (var files = Files.list(workspace.folder().resolve("monthly"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")))
                    .containsExactlyInAnyOrder("kizuna-2024-06.csv", "kizuna-2024-07.csv");
        }
    }

    /** A weekly report is of the ISO week: its current rows are labelled 2024-W26, the week before W25. */
    @Test
    void aWeeklyReportIsOfTheLastFullWeek() throws IOException {
        settings(Map.of(
                "report.schedule", "weekly",
                "report.format", "csv",
                "report.metric", "mrr",
                "report.folder", root.resolve("weekly").toString()));

        ScheduledReports.Run run = ScheduledReports.runDue(workspace, at("2024-07-01T00:30:00Z"));

        Path file = root.resolve("weekly/kizuna-2024-W26.csv");
        assertThat(run.written()).contains(file);
        assertThat(Files.readString(file)).contains("mrr,2024-W26,").contains("mrr,2024-W25,");
    }

    // ---- the settings ----

    @Test
    void everyWrongSettingIsNamedWithItsReason() {
        Properties p = new Properties();
        p.setProperty("report.schedule", "daily");
        p.setProperty("report.format", "odt");
        p.setProperty("report.lang", "fr");
        p.setProperty("report.family", "voice, money");
        p.setProperty("report.metric", "nps,nope");
        p.setProperty("report.where", "plan");
        p.setProperty("report.email_to", "cs@example.jp, bob@");

        Map<String, String> problems = ReportSchedule.problems(p);

        assertThat(problems)
                .containsEntry("report.schedule", "report.schedule: \"daily\" is not one of off, weekly, monthly")
                .containsEntry("report.format", "report.format: \"odt\" is not one of xlsx, pdf, docx, csv")
                .containsEntry("report.lang", "report.lang: \"fr\" is not ja or en")
                .containsEntry(
                        "report.family",
                        "report.family: \"money\" is not one of voice, retention, revenue, engagement, support,"
                                + " advocacy")
                .containsEntry(
                        "report.where", "report.where: \"plan\" is not ATTR=VALUE (e.g. plan=pro; several joined by &)")
                .containsEntry("report.email_to", "report.email_to: \"bob@\" is not an email address");
        assertThat(problems.get("report.metric")).startsWith("report.metric: \"nope\" is not a metric id; known: ");

        Properties both = new Properties();
        both.setProperty("report.metric", "nps");
        both.setProperty("report.family", "voice");
        assertThat(ReportSchedule.problems(both))
                .containsExactly(Map.entry(
                        "report.metric", "report.metric: give either report.metric or report.family, not both"));

        Properties good = new Properties();
        good.setProperty("report.schedule", "weekly");
        good.setProperty("report.where", "plan=pro & region=kanto");
        good.setProperty("report.email_to", "cs@example.jp, Keiko <keiko@example.jp>");
        assertThat(ReportSchedule.problems(good)).isEmpty();
        assertThat(ReportSchedule.problems(new Properties())).isEmpty();
    }

    /** The settings file knows the report settings, and a run refuses a wrong one with its key and reason. */
    @Test
    void aRunWithAWrongSettingWritesNothingAndSaysWhy() throws IOException {
        settings(Map.of("report.schedule", "monthly", "report.format", "odt", "report.folder", "wrong"));
        assertThat(SettingsFile.check(SettingsFile.load(settingsFile())).problems())
                .isEmpty();

        assertThatThrownBy(() -> ScheduledReports.runDue(workspace, at("2024-07-01T00:30:00Z")))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("settings.properties: report.format: \"odt\" is not one of xlsx, pdf, docx, csv");
        assertThat(workspace.folder().resolve("wrong")).doesNotExist();

        Properties typo = SettingsFile.load(settingsFile());
        typo.setProperty("report.fromat", "csv");
        assertThat(SettingsFile.check(typo).problems().get("")).startsWith("unknown setting report.fromat;");

        settings(Map.of());
        ReportSchedule defaults = ReportSchedule.of(workspace);
        assertThat(defaults.frequency()).isEqualTo(Frequency.OFF);
        assertThat(defaults.format()).isEqualTo(ReportFormat.XLSX);
        // the golden workspace is Japanese, in Tokyo time
        assertThat(defaults.language()).isEqualTo(Language.JA);
        assertThat(defaults.zone()).isEqualTo(TOKYO);
        assertThat(defaults.folder()).isEqualTo(workspace.folder().resolve("reports"));
        assertThat(defaults.families()).isNull();
        assertThat(defaults.metricIds()).isNull();
    }

    // ---- email ----

    /**
     * With SMTP set, the report goes to each address as an attachment named as the file, with the file's bytes;
     * the next run, with the report already written, sends nothing more.
     */
    @Test
    void theWrittenReportIsEmailedAsAnAttachmentOnce() throws Exception {
        settings(Map.of(
                "report.schedule", "monthly",
                "report.format", "csv",
                "report.metric", "nps",
                "report.folder", "emailed",
                "report.email_to", "cs@example.jp, ceo@example.jp",
                "smtp.host", "127.0.0.1",
                "smtp.port", String.valueOf(smtp.getSmtp().getPort()),
                "smtp.from", "Kizuna <kizuna@example.jp>"));

        ScheduledReports.Run run = ScheduledReports.runDue(workspace, at("2024-07-01T00:30:00Z"));

        Path file = workspace.folder().resolve("emailed/kizuna-2024-06.csv");
        assertThat(run.written()).contains(file);
        assertThat(run.emailed()).containsExactly(file);
        assertThat(run.failures()).isEmpty();
        assertThat(run.lines()).containsExactly("wrote " + file + " (2024-06)", "emailed kizuna-2024-06.csv");
        MimeMessage[] received = smtp.getReceivedMessages();
        // one copy per recipient
        assertThat(received).hasSize(2);
        MimeMessage message = received[0];
        assertThat(Arrays.stream(message.getAllRecipients()).map(Object::toString))
                .containsExactly("cs@example.jp", "ceo@example.jp");
        assertThat(message.getFrom()[0].toString()).isEqualTo("Kizuna <kizuna@example.jp>");
        assertThat(message.getSubject()).isEqualTo("カスタマーサクセス・レポート 2024-06（acme）");
        BodyPart attachment = attachment(message);
        assertThat(attachment.getFileName()).isEqualTo("kizuna-2024-06.csv");
        assertThat(attachment.getContentType()).startsWith("text/csv");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(Files.readAllBytes(file));
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains("nps,2024-06,,,25.00");
        assertThat(ScheduledReports.unsent(file)).doesNotExist();

        ScheduledReports.Run again = ScheduledReports.runDue(workspace, at("2024-07-02T00:30:00Z"));
        assertThat(again.nothingDone()).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    /**
     * A server that does not answer: the file is written and stays, the failure is reported and noted, and the
     * email goes on a later run once the server answers, without writing the file again.
     */
    @Test
    void aFailedEmailKeepsTheFileAndIsSentOnALaterRun() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Map<String, String> settings = new HashMap<>(Map.of(
                "report.schedule", "weekly",
                "report.format", "csv",
                "report.metric", "nps",
                "report.lang", "en",
                "report.folder", "retried",
                "report.email_to", "cs@example.jp",
                "smtp.host", "127.0.0.1",
                "smtp.port", String.valueOf(closed)));
        settings(settings);
        Path file = workspace.folder().resolve("retried/kizuna-2024-W26.csv");

        ScheduledReports.Run failed = ScheduledReports.runDue(workspace, at("2024-07-01T00:30:00Z"));

        assertThat(failed.written()).contains(file);
        assertThat(failed.emailed()).isEmpty();
        assertThat(failed.failures())
                .singleElement()
                .satisfies(failure -> assertThat(failure)
                        .startsWith("the email of kizuna-2024-W26.csv to cs@example.jp could not be sent: ")
                        .endsWith("; it is tried again on the next run"));
        byte[] written = Files.readAllBytes(file);
        assertThat(ScheduledReports.unsent(file)).exists();

        settings.put("smtp.port", String.valueOf(smtp.getSmtp().getPort()));
        settings(settings);
        ScheduledReports.Run retried = ScheduledReports.runDue(workspace, at("2024-07-01T01:30:00Z"));

        assertThat(retried.written()).isEmpty();
        assertThat(retried.emailed()).containsExactly(file);
        assertThat(retried.lines()).containsExactly("emailed kizuna-2024-W26.csv");
        assertThat(ScheduledReports.unsent(file)).doesNotExist();
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Customer success report 2024-W26 (acme)");
        assertThat(attachment(message).getInputStream().readAllBytes()).isEqualTo(written);
        assertThat(Files.readAllBytes(file)).isEqualTo(written);
    }

    // ---- the command line ----

    /** {@code kizuna report --due} writes the report due today, once, and says so. */
    @Test
    void theCommandLineWritesTheDueReportOnce() throws IOException {
        String folder = workspace.folder().toString();
        ReportRun off = ReportRun.kizuna("report", "--due", "--workspace", folder);
        assertThat(off.exitCode()).as(off.err()).isZero();
        assertThat(off.out().strip()).isEqualTo("nothing due (report.schedule is off)");

        settings(Map.of(
                "report.schedule", "monthly",
                "report.format", "csv",
                "report.metric", "nps",
                "report.folder", "cron"));
        // today's due month, by the same rule as the tests above pin down
        String name = ScheduledReports.due(ReportSchedule.of(workspace), Instant.now())
                .orElseThrow()
                .fileName();
        Path file = workspace.folder().resolve("cron").resolve(name);

        ReportRun first = ReportRun.kizuna("report", "--due", "--workspace", folder);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("wrote " + file + " (");
        assertThat(file).exists();

        ReportRun second = ReportRun.kizuna("report", "--due", "--workspace", folder);
        assertThat(second.out().strip()).isEqualTo("nothing due (" + name + " is already written)");

        ReportRun mixed = ReportRun.kizuna("report", "--due", "--workspace", folder, "--format", "csv");
        assertThat(mixed.exitCode()).isEqualTo(1);
        assertThat(mixed.err()).contains("--due takes the report from the workspace's report.* settings");
        ReportRun neither = ReportRun.kizuna("report", "--workspace", folder);
        assertThat(neither.exitCode()).isEqualTo(1);
        assertThat(neither.err()).contains("give --format and --out, or --due for the scheduled report");
    }

    // ---- helpers ----

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static Path settingsFile() {
        return workspace.folder().resolve(SettingsFile.FILE_NAME);
    }

    /** Sets these report and SMTP settings, removing the others of theirs. */
    private static void settings(Map<String, String> entries) throws IOException {
        Map<String, String> changes = new HashMap<>();
        ReportSchedule.KEYS.forEach(key -> changes.put(key, null));
        List.of("smtp.host", "smtp.port", "smtp.from").forEach(key -> changes.put(key, null));
        changes.putAll(entries);
        SettingsFile.replace(
                settingsFile(), SettingsFile.edit(Files.readString(settingsFile(), StandardCharsets.UTF_8), changes));
    }

    private static BodyPart attachment(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        return parts.getBodyPart(1);
    }
}
