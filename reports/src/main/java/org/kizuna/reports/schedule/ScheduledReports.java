package org.kizuna.reports.schedule;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.kizuna.cli.MetricsCommand;
import org.kizuna.cli.MetricsQuery;
import org.kizuna.domain.Granularity;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Language;
import org.kizuna.reports.Report;
import org.kizuna.reports.ReportBuilder;
import org.kizuna.reports.ReportFiles;
import org.kizuna.reports.ReportRequest;
import org.kizuna.reports.ReportText;
import org.kizuna.reports.ReportWriter;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;
import org.kizuna.store.mail.SmtpMail;
import org.kizuna.store.survey.SurveySettings;

/**
 * The workspace's scheduled report ({@link ReportSchedule}): which period is due and its file, and writing it
 * once. A report is written when its file is not in the report folder yet, so a run repeated, or a server
 * restarted, writes it once; it is then emailed as an attachment when {@code smtp.host} and {@code
 * report.email_to} are set. An email that fails leaves the file and a note beside it ({@code
 * .FILE.unsent}, holding the reason), and is tried again on every later run until it goes.
 */
public final class ScheduledReports {

    /** The start of every scheduled report's file name: {@code kizuna-2024-06.xlsx}. */
    public static final String FILE_PREFIX = "kizuna-";

    private static final String UNSENT = ".unsent";
    private static final String LOCK = ".kizuna-schedule.lock";
    private static final Logger LOG = Logger.getLogger(ScheduledReports.class.getName());

    private ScheduledReports() {}

    /**
     * The report due at a moment.
     *
     * @param period the last full ISO week or month, in the workspace's time zone
     * @param fileName the file it is written to in the report folder, e.g. {@code kizuna-2024-06.xlsx}
     */
    public record Due(Period period, String fileName) {}

    /**
     * What a run did.
     *
     * @param due the report due, or empty when the schedule is off
     * @param written the file written, or empty when it was there already (or the schedule is off)
     * @param emailed the files emailed, with this run's report last
     * @param failures what went wrong with emails, to be tried again on the next run
     */
    public record Run(Optional<Due> due, Optional<Path> written, List<Path> emailed, List<String> failures) {

        public Run {
            emailed = List.copyOf(emailed);
            failures = List.copyOf(failures);
        }

        /** Whether the run wrote, sent or failed nothing. */
        public boolean nothingDone() {
            return written.isEmpty() && emailed.isEmpty() && failures.isEmpty();
        }

        /** One line per thing done, for the command line and the server's log; "nothing due" when none. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            written.ifPresent(file -> lines.add(
                    "wrote " + file + " (" + due.orElseThrow().period().label() + ")"));
            emailed.forEach(file -> lines.add("emailed " + file.getFileName()));
            if (lines.isEmpty() && failures.isEmpty()) {
                lines.add(due.map(d -> "nothing due (" + d.fileName() + " is already written)")
                        .orElse("nothing due (report.schedule is off)"));
            }
            return lines;
        }
    }

    /** The report due at that moment, or empty when the schedule is off. */
    public static Optional<Due> due(ReportSchedule schedule, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, schedule.zone());
        Period period = switch (schedule.frequency()) {
            case OFF -> null;
            case WEEKLY -> Period.containing(Granularity.WEEK, today).previous();
            case MONTHLY -> Period.month(YearMonth.from(today).minusMonths(1));
        };
        return Optional.ofNullable(period)
                .map(p -> new Due(
                        p, FILE_PREFIX + p.label() + "." + schedule.format().extension()));
    }

    /** Writes the due report, computed as {@code kizuna metrics} computes, if its file is not there yet. */
    public static Run runDue(Workspace workspace, Clock clock) {
        return runDue(workspace, MetricsCommand::compute, clock);
    }

    /**
     * Writes the due report if its file is not there yet, then emails it, and any report whose email failed
     * before, when SMTP and recipients are set. One run at a time writes into a folder.
     *
     * @param computation computes the metrics of one period (the server's remembers earlier results)
     * @throws WorkspaceException when the report settings are wrong
     */
    public static Run runDue(Workspace workspace, MetricsQuery.Computation computation, Clock clock) {
        ReportSchedule schedule = ReportSchedule.of(workspace);
        Optional<Due> due = due(schedule, clock.instant());
        if (due.isEmpty()) {
            return new Run(due, Optional.empty(), List.of(), List.of());
        }
        Path folder = schedule.folder();
        synchronized (ScheduledReports.class) {
            try {
                Files.createDirectories(folder);
                try (FileChannel channel = FileChannel.open(
                                folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock lock = channel.tryLock()) {
                    if (lock == null) {
                        return new Run(
                                due,
                                Optional.empty(),
                                List.of(),
                                List.of("another kizuna is writing the reports in " + folder + " now"));
                    }
                    return runLocked(workspace, computation, clock, schedule, due.get());
                }
            } catch (OverlappingFileLockException e) {
                return new Run(
                        due,
                        Optional.empty(),
                        List.of(),
                        List.of("the reports in " + folder + " are being written now"));
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the report in " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    private static Run runLocked(
            Workspace workspace, MetricsQuery.Computation computation, Clock clock, ReportSchedule schedule, Due due)
            throws IOException {
        SmtpMail mail = SmtpMail.of(SurveySettings.read(workspace.folder()));
        boolean emailing = mail.canSend() && !schedule.emailTo().isEmpty();
        Path file = schedule.folder().resolve(due.fileName());
        Optional<Path> written = Optional.empty();
        if (!Files.exists(file)) {
            ReportWriter writer = ReportFiles.writer(schedule.format(), false);
            if (emailing) {
                // Noted before the file exists, so that a run stopped between writing and sending still sends.
                Files.writeString(unsent(file), "not sent yet", StandardCharsets.UTF_8);
            }
            Report report = new ReportBuilder(workspace, computation, clock)
                    .build(new ReportRequest(
                            due.period(),
                            schedule.where(),
                            null,
                            schedule.metricIds(),
                            schedule.families(),
                            schedule.language()));
            ReportFiles.write(report, writer, file);
            written = Optional.of(file);
        }
        List<Path> emailed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        if (emailing) {
            for (Path note : unsentNotes(schedule.folder())) {
                String name = note.getFileName().toString();
                Path report = note.resolveSibling(name.substring(1, name.length() - UNSENT.length()));
                if (!Files.isRegularFile(report)) {
                    Files.deleteIfExists(note);
                    continue;
                }
                try {
                    send(mail, schedule, workspace, report, clock);
                    Files.deleteIfExists(note);
                    emailed.add(report);
                } catch (MessagingException | IOException e) {
                    String failure = "the email of " + report.getFileName() + " to "
                            + String.join(", ", schedule.emailTo()) + " could not be sent: " + e.getMessage()
                            + "; it is tried again on the next run";
                    Files.writeString(note, failure, StandardCharsets.UTF_8);
                    LOG.warning(failure);
                    failures.add(failure);
                }
            }
            emailed.sort((a, b) -> a.equals(file) ? 1 : b.equals(file) ? -1 : a.compareTo(b));
        }
        return new Run(Optional.of(due), written, emailed, failures);
    }

    /** The note of a report whose email is still to go: {@code .kizuna-2024-06.xlsx.unsent}. */
    static Path unsent(Path report) {
        return report.resolveSibling("." + report.getFileName() + UNSENT);
    }

    private static List<Path> unsentNotes(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> {
                        String name = path.getFileName().toString();
                        return name.startsWith("." + FILE_PREFIX) && name.endsWith(UNSENT);
                    })
                    .sorted()
                    .toList();
        }
    }

    private static void send(SmtpMail mail, ReportSchedule schedule, Workspace workspace, Path report, Clock clock)
            throws MessagingException, IOException {
        String name = report.getFileName().toString();
        String period = name.substring(FILE_PREFIX.length(), name.lastIndexOf('.'));
        String workspaceName =
                workspace.folder().toAbsolutePath().normalize().getFileName().toString();
        boolean japanese = schedule.language() == Language.JA;
        String title = ReportText.of(schedule.language()).get("title", period);
        MimeMessage message = mail.message();
        for (String to : schedule.emailTo()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        }
        message.setSubject(title + (japanese ? "（" + workspaceName + "）" : " (" + workspaceName + ")"), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Content-Language", schedule.language().code());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(
                japanese
                        ? workspaceName + " の " + period + " のカスタマーサクセス・レポートを添付します。\n\n"
                                + "Kizuna が定期レポートの設定（report.schedule = "
                                + schedule.frequency().key()
                                + "）に従ってお送りしています。\n"
                        : "Attached is the customer success report of " + workspaceName + " for " + period + ".\n\n"
                                + "Kizuna sends it as its scheduled report (report.schedule = "
                                + schedule.frequency().key() + ").\n",
                "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        String mediaType = org.kizuna.reports.ReportFormat.of(name.substring(name.lastIndexOf('.') + 1))
                .mediaType();
        attachment.setDataHandler(
                new jakarta.activation.DataHandler(new ByteArrayDataSource(Files.readAllBytes(report), mediaType)));
        attachment.setFileName(name);
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart parts = new MimeMultipart();
        parts.addBodyPart(text);
        parts.addBodyPart(attachment);
        message.setContent(parts);
        message.saveChanges();
        mail.send(message);
    }
}
