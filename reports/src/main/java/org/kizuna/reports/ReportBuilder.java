package org.kizuna.reports;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.cli.CohortsQuery;
import org.kizuna.cli.FiguresAhead;
import org.kizuna.cli.MetricsCommand;
import org.kizuna.cli.MetricsQuery;
import org.kizuna.cli.Steps;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.cohort.CohortTable;
import org.kizuna.store.Workspace;

/**
 * Computes a report from a workspace: each metric for the period and the period before, the twelve months
 * ending with the period's last month, and the breakdown; MRR's movements when the report has them; the
 * retention cohorts when it has the retention family. Every figure comes from the same computation as {@code
 * kizuna metrics}, so a report shows the numbers the command line, the API and the dashboard show.
 */
public final class ReportBuilder {

    private final Workspace workspace;
    private final MetricsQuery.Computation computation;
    private final Clock clock;

    /**
     * @param computation computes the metrics of one period (the web's remembers earlier results)
     * @param clock gives the report's generation time
     */
    public ReportBuilder(Workspace workspace, MetricsQuery.Computation computation, Clock clock) {
        this.workspace = workspace;
        this.computation = computation;
        this.clock = clock;
    }

    /** A builder computing as {@code kizuna metrics} does, stamping reports with the current time. */
    public static ReportBuilder of(Workspace workspace) {
        return new ReportBuilder(workspace, MetricsCommand::compute, Clock.systemUTC());
    }

    /**
     * Computes the report. The workspace's database stays open throughout: the periods are computed each with
     * its own connection, and closing the last one between them would read the tables from the file again.
     */
    public Report build(ReportRequest request) {
        return build(request, Steps.NONE);
    }

    /**
     * As {@link #build(ReportRequest)}, telling each step as it starts: the periods counted together, each
     * period, the breakdown and the cohorts when the report has them ({@link #steps}).
     */
    public Report build(ReportRequest request, Steps steps) {
        try (Workspace.Held open = workspace.holdOpen()) {
            return compute(request, steps);
        }
    }

    /** How many steps {@link #build(ReportRequest, Steps)} tells for the request. */
    public static int steps(ReportRequest request) {
        return FiguresAhead.steps(FiguresAhead.reportPeriods(request.period()))
                + (request.by() == null ? 0 : 1)
                + (hasCohorts(request.metrics()) ? 1 : 0);
    }

    private static boolean hasCohorts(List<Metric> metrics) {
        return metrics.stream().anyMatch(metric -> metric.definition().family() == Family.RETENTION);
    }

    private Report compute(ReportRequest request, Steps steps) {
        List<Metric> metrics = request.metrics();
        Period period = request.period();
        Map<String, String> where = request.where();
        List<Period> months = FiguresAhead.series(period);
        Map<Period, List<MetricResult>> computed = FiguresAhead.compute(
                workspace,
                computation,
                metrics,
                FiguresAhead.reportPeriods(period),
                FiguresAhead.countedTogether(period),
                where,
                steps);
        List<MetricResult> current = computed.get(period);
        List<MetricResult> previous = computed.get(period.previous());
        List<List<MetricResult>> monthly = months.stream().map(computed::get).toList();
        Map<String, List<MetricResult>> breakdown = breakdown(metrics, request, steps);
        Map<Family, List<ReportMetric>> byFamily = new LinkedHashMap<>();
        List<Movement> movements = List.of();
        for (int i = 0; i < metrics.size(); i++) {
            Metric metric = metrics.get(i);
            List<MetricResult> series = new ArrayList<>();
            for (List<MetricResult> month : monthly) {
                series.add(month.get(i));
            }
            byFamily.computeIfAbsent(metric.definition().family(), family -> new ArrayList<>())
                    .add(new ReportMetric(
                            metric.definition(),
                            current.get(i),
                            previous.get(i),
                            series,
                            breakdown.getOrDefault(metric.definition().id(), List.of())));
            if (metric.definition().id().equals(Movement.METRIC)) {
                movements = Movement.of(current.get(i));
            }
        }
        List<ReportSection> sections = new ArrayList<>();
        byFamily.forEach((family, members) -> sections.add(
                new ReportSection(family, family.name(request.language()), ReportSection.needs(family), members)));
        CohortTable cohorts = null;
        if (hasCohorts(metrics)) {
            steps.next("retention cohorts to " + YearMonth.from(period.last()));
            cohorts = new CohortsQuery(
                            null, null, null, YearMonth.from(period.last()).toString())
                    .table(workspace);
        }
        return new Report(
                request.language(),
                workspace.folder().toAbsolutePath().normalize().getFileName().toString(),
                period,
                where,
                request.by(),
                ZonedDateTime.now(clock.withZone(workspace.settings().timeZone())),
                workspace.settings().reportingCurrency(),
                sections,
                movements,
                cohorts);
    }

    /** Each metric's segments for the period, by metric id; metrics that cannot be broken down so have none. */
    private Map<String, List<MetricResult>> breakdown(List<Metric> metrics, ReportRequest request, Steps steps) {
        Map<String, List<MetricResult>> breakdown = new HashMap<>();
        if (request.by() == null) {
            return breakdown;
        }
        steps.next("breaking " + request.period().label() + " down by " + request.by());
        List<Metric> able = metrics.stream()
                .filter(metric -> metric.definition().breaksDownBy(request.by()))
                .toList();
        if (able.isEmpty()) {
            return breakdown;
        }
        for (MetricResult result :
                computation.compute(workspace, able, request.period(), Optional.of(request.by()), request.where())) {
            if (result.segment().attributes().containsKey(request.by())) {
                breakdown
                        .computeIfAbsent(result.metric(), id -> new ArrayList<>())
                        .add(result);
            }
        }
        return breakdown;
    }
}
