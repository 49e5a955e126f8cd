package org.kizuna.web.reports.schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.kizuna.reports.schedule.ReportSchedule;
import org.kizuna.reports.schedule.ScheduledReports;
import org.kizuna.store.Workspace;
import org.kizuna.web.config.Repeating;
import org.kizuna.web.metrics.MetricsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the workspace's scheduled report (the {@code report.*} settings) while the server runs: once at start
 * and then every hour, on a thread of its own rather than a request's. Each run reads the settings again, so a
 * schedule turned on or off on the settings page counts from the next run; while {@code report.schedule} is
 * off a run does nothing. What a run writes or emails is logged at INFO, a failure at WARN.
 */
@Component
class ReportScheduler extends Repeating {

    private static final Logger LOG = LoggerFactory.getLogger(ReportScheduler.class);

    private final Workspace workspace;
    private final MetricsService metrics;
    private final Clock clock = Clock.systemUTC();

    ReportScheduler(
            Workspace workspace,
            MetricsService metrics,
            @Value("${kizuna.reports.schedule.every:PT1H}") Duration every) {
        super("kizuna-report-schedule", every);
        this.workspace = workspace;
        this.metrics = metrics;
    }

    /**
     * Runs the schedule now: writes the due report if it is not written yet and emails what is to be emailed.
     *
     * @return what was done, or empty while the schedule is off
     */
    Optional<ScheduledReports.Run> runNow() {
        if (ReportSchedule.of(workspace).off()) {
            return Optional.empty();
        }
        ScheduledReports.Run run = ScheduledReports.runDue(
                workspace, (ws, chosen, period, by, where) -> metrics.compute(chosen, period, by, where), clock);
        if (!run.nothingDone()) {
            run.lines().forEach(line -> LOG.info("scheduled report: {}", line));
        }
        run.failures().forEach(failure -> LOG.warn("scheduled report: {}", failure));
        return Optional.of(run);
    }

    @Override
    protected void runOnce() {
        try {
            runNow();
        } catch (RuntimeException e) {
            // Reported, and tried again at the next run: a wrong setting or a full disk must not stop the schedule.
            LOG.warn("scheduled report not written: {}", e.getMessage());
        }
    }
}
