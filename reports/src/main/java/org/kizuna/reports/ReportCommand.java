package org.kizuna.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kizuna.cli.ProgressBar;
import org.kizuna.cli.Steps;
import org.kizuna.cli.Today;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Language;
import org.kizuna.reports.schedule.ScheduledReports;
import org.kizuna.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kizuna report}: the metrics of a period as an Excel, PDF, Word or CSV file. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Write a report of the metrics of a period as an Excel, PDF, Word or CSV file, in Japanese"
                + " or English.")
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, paramLabel = "W", description = "the workspace folder")
    Path workspace;

    @Option(
            names = "--period",
            paramLabel = "P",
            description = "2024-06, 2024-Q2, 2024, 2024-04-01..2024-05-15, … (default: last full month)")
    String period;

    @Option(
            names = "--where",
            paramLabel = "ATTR=VALUE",
            description = "only customers whose attribute has the value; repeat to narrow further")
    Map<String, String> where = new LinkedHashMap<>();

    @Option(names = "--by", paramLabel = "ATTR", description = "add breakdown tables by this attribute")
    String by;

    @Option(names = "--metric", split = ",", paramLabel = "ID", description = "metric ids (default: all)")
    List<String> metricIds;

    @Option(
            names = "--family",
            split = ",",
            paramLabel = "F",
            description = "families: voice, retention, revenue, engagement, support, advocacy (default: all)")
    List<String> families;

    @Option(names = "--format", paramLabel = "F", description = "xlsx, pdf, docx or csv (needed without --due)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "the file to write (needed without --due)")
    Path out;

    @Option(
            names = "--due",
            description = "write the workspace's scheduled report (report.schedule) of the last full week or month"
                    + " if it is not written yet, and email it when SMTP is set; for cron")
    boolean due;

    @Option(names = "--lang", description = "ja or en (default: the workspace's language)")
    String language;

    @Option(names = "--bom", description = "start a CSV file with a UTF-8 byte order mark, for Excel")
    boolean bom;

    @Override
    public Integer call() {
        if (due) {
            return due();
        }
        if (format == null || out == null) {
            throw new IllegalArgumentException("give --format and --out, or --due for the scheduled report");
        }
        ReportFormat chosen = ReportFormat.of(format);
        ReportWriter writer = ReportFiles.writer(chosen, bom);
        Workspace opened = Workspace.open(workspace);
        ReportRequest request = request(opened);
        // A first report after new data computes for a while (half a minute for a year at 100,000 customers):
        // a person at a terminal sees which step it is at.
        try (ProgressBar progress = ProgressBar.onTerminal()) {
            Steps steps = new Steps(progress, ReportBuilder.steps(request) + 1);
            Report report = ReportBuilder.of(opened).build(request, steps);
            steps.next("writing " + out.getFileName());
            ReportFiles.write(report, writer, out);
        } catch (java.io.UncheckedIOException e) {
            System.err.println("kizuna: " + e.getMessage());
            return 1;
        }
        System.out.println(out);
        return 0;
    }

    /** The scheduled report: what was written and emailed, or "nothing due"; 1 when an email failed. */
    private int due() {
        if (period != null
                || by != null
                || metricIds != null
                || families != null
                || format != null
                || out != null
                || language != null
                || bom
                || !where.isEmpty()) {
            throw new IllegalArgumentException(
                    "--due takes the report from the workspace's report.* settings: give only --workspace");
        }
        Workspace opened = Workspace.open(workspace);
        // KIZUNA_TODAY, when set, fixes the day as for every other command: noon of that day in the workspace.
        java.time.ZoneId zone = opened.settings().timeZone();
        Clock clock = System.getenv("KIZUNA_TODAY") == null
                ? Clock.systemUTC()
                : Clock.fixed(
                        Today.in(zone)
                                .atTime(java.time.LocalTime.NOON)
                                .atZone(zone)
                                .toInstant(),
                        zone);
        ScheduledReports.Run run = ScheduledReports.runDue(opened, clock);
        run.lines().forEach(System.out::println);
        run.failures().forEach(failure -> System.err.println("kizuna: " + failure));
        return run.failures().isEmpty() ? 0 : 1;
    }

    ReportRequest request(Workspace opened) {
        Period chosen = period == null
                ? Period.month(Today.lastFullMonth(opened.settings().timeZone()))
                : Period.parse(period);
        return new ReportRequest(
                chosen,
                where,
                by,
                metricIds,
                families == null
                        ? null
                        : families.stream().map(ReportRequest::family).toList(),
                Language.of(language == null ? opened.settings().language() : language));
    }
}
