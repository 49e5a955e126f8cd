package org.kizuna.cli;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.kizuna.domain.Granularity;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricResult;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportProgress;

/**
 * The periods a report computes, and the figures computed ahead once a workspace's data changes. A report of a
 * period computes the period, the one before it and the twelve months of its series. Ahead of any request,
 * Kizuna computes the reports asked for first: those of the last full calendar year, of the last full quarter,
 * of the last full month and of the twelve months ending with it, with their retention cohorts, so that they,
 * and the dashboard's months, read their tallies instead of passing over the tables. The server does so in the
 * background after each change; {@code kizuna import --prepare} right after the import.
 */
public final class FiguresAhead {

    /** The months a report's series covers. */
    public static final int SERIES_MONTHS = 12;

    private FiguresAhead() {}

    /** The twelve months ending with the month of the period's last day, oldest first. */
    public static List<Period> series(Period period) {
        YearMonth last = YearMonth.from(period.last());
        return Period.series(Period.month(last.minusMonths(SERIES_MONTHS - 1)), Period.month(last), Granularity.MONTH);
    }

    /** The periods a report of the period computes: the period, the one before and its series' months, each once. */
    public static List<Period> reportPeriods(Period period) {
        Set<Period> periods = new LinkedHashSet<>();
        periods.add(period);
        periods.add(period.previous());
        periods.addAll(series(period));
        return List.copyOf(periods);
    }

    /**
     * The periods of a report counted together ({@link MetricsCommand#prepare}): the months of its series, after
     * the period before the report's when that ends the day before they start (a year's report: the year before).
     */
    public static List<Period> countedTogether(Period period) {
        List<Period> months = series(period);
        Period previous = period.previous();
        if (!previous.isFollowedBy(months.get(0))) {
            return months;
        }
        List<Period> together = new ArrayList<>();
        together.add(previous);
        together.addAll(months);
        return together;
    }

    /** The last full calendar year, given the last full month: its own year when that is December. */
    static Period lastFullYear(YearMonth lastFullMonth) {
        return Period.year(lastFullMonth.getMonthValue() == 12 ? lastFullMonth.getYear() : lastFullMonth.getYear() - 1);
    }

    /** The last full calendar quarter, given the last full month: its own quarter when that ends with it. */
    static Period lastFullQuarter(YearMonth lastFullMonth) {
        Period quarter = Period.containing(Granularity.QUARTER, lastFullMonth.atEndOfMonth());
        return quarter.last().equals(lastFullMonth.atEndOfMonth()) ? quarter : quarter.previous();
    }

    /** The twelve months ending with the last full month, as one period. */
    public static Period lastTwelveMonths(YearMonth lastFullMonth) {
        return Period.range(lastFullMonth.minusMonths(SERIES_MONTHS - 1).atDay(1), lastFullMonth.atEndOfMonth());
    }

    // The reports asked for first; the last full month's own report is within the last twelve months'.
    private static List<Period> reports(YearMonth lastFullMonth) {
        return List.of(lastFullYear(lastFullMonth), lastFullQuarter(lastFullMonth), lastTwelveMonths(lastFullMonth));
    }

    /**
     * The last months of the retention cohort tables computed ahead: each report's last month, as a report shows
     * the cohorts up to it (the last full month's is the dashboard's cohort page too).
     */
    public static List<YearMonth> cohortMonths(YearMonth lastFullMonth) {
        return reports(lastFullMonth).stream()
                .map(report -> YearMonth.from(report.last()))
                .distinct()
                .toList();
    }

    /**
     * The periods computed ahead: those of the reports of the last full calendar year, of the last full quarter
     * and of the twelve months ending with the last full month (whose months include the last full month's own
     * report); the longer periods first, then the months, oldest first: every month from the last full year's
     * January to the last full month.
     */
    public static List<Period> periods(YearMonth lastFullMonth) {
        List<Period> longer = new ArrayList<>();
        List<Period> months = new ArrayList<>();
        for (Period report : reports(lastFullMonth)) {
            for (Period period : reportPeriods(report)) {
                List<Period> kind = period.granularity() == Granularity.MONTH ? months : longer;
                // In January the last twelve months are the last full year: the same days, computed once.
                if (kind.stream()
                        .noneMatch(listed -> listed.first().equals(period.first())
                                && listed.last().equals(period.last()))) {
                    kind.add(period);
                }
            }
        }
        List<Period> periods = new ArrayList<>(longer);
        months.stream().sorted(Comparator.comparing(Period::first)).forEach(periods::add);
        return List.copyOf(periods);
    }

    /**
     * The periods computed ahead counted together: the year before the last full year, then every month from
     * that year's January to the last full month, which follow one another.
     */
    public static List<Period> countedTogether(YearMonth lastFullMonth) {
        Period year = lastFullYear(lastFullMonth);
        List<Period> together = new ArrayList<>();
        together.add(year.previous());
        together.addAll(Period.series(year, Period.month(lastFullMonth), Granularity.MONTH));
        return together;
    }

    /**
     * The periods in a few words: the months as the first to the last, then the longer periods, e.g. {@code
     * 2025-01 to 2026-11 and 2025, 2024}.
     */
    public static String describe(List<Period> periods) {
        List<Period> months = periods.stream()
                .filter(period -> period.granularity() == Granularity.MONTH)
                .sorted(Comparator.comparing(Period::first))
                .toList();
        String longer = periods.stream()
                .filter(period -> period.granularity() != Granularity.MONTH)
                .map(Period::label)
                .collect(Collectors.joining(", "));
        if (months.isEmpty()) {
            return longer;
        }
        String span = months.get(0).label()
                + (months.size() > 1 ? " to " + months.get(months.size() - 1).label() : "");
        return longer.isEmpty() ? span : span + " and " + longer;
    }

    /**
     * Computes the figures ahead of any request: every metric of {@link #periods}, most of their tallies counted
     * together first ({@link #countedTogether(YearMonth)}), the periods then side by side. The database stays
     * open throughout.
     *
     * @return the periods computed, as {@link #periods} lists them
     */
    public static List<Period> compute(
            Workspace workspace, MetricsQuery.Computation computation, List<Metric> metrics, YearMonth lastFullMonth) {
        return compute(workspace, computation, metrics, lastFullMonth, ImportProgress.SILENT);
    }

    /** As {@link #compute(Workspace, MetricsQuery.Computation, List, YearMonth)}, telling its steps as they start. */
    public static List<Period> compute(
            Workspace workspace,
            MetricsQuery.Computation computation,
            List<Metric> metrics,
            YearMonth lastFullMonth,
            ImportProgress progress) {
        List<Period> periods = periods(lastFullMonth);
        List<YearMonth> cohorts = cohortMonths(lastFullMonth);
        Steps steps = new Steps(progress, steps(periods) + cohorts.size());
        try (Workspace.Held open = workspace.holdOpen()) {
            compute(workspace, computation, metrics, periods, countedTogether(lastFullMonth), Map.of(), steps);
            computeCohorts(workspace, lastFullMonth, steps);
        }
        return periods;
    }

    /**
     * Computes the retention cohort tables ahead ({@link #cohortMonths}), so that their tallies are kept; each
     * table a step.
     */
    public static void computeCohorts(Workspace workspace, YearMonth lastFullMonth, Steps steps) {
        for (YearMonth last : cohortMonths(lastFullMonth)) {
            steps.next("retention cohorts to " + last);
            new CohortsQuery(null, null, null, last.toString()).table(workspace);
        }
    }

    /** The steps {@link #compute(Workspace, MetricsQuery.Computation, List, List, List, Map, Steps)} tells. */
    public static int steps(List<Period> periods) {
        return 1 + periods.size();
    }

    /**
     * The metrics of each period, computed side by side after the periods to count together are prepared ({@link
     * MetricsCommand#prepare}): a period's queries are mostly too small for the database to spread over every
     * core by itself, while the preparation's larger ones are spread by the database.
     *
     * @param together periods each starting the day after the one before it ends
     * @param steps told first of the counting together, then of each period as its figures are awaited ({@link
     *     #steps})
     */
    public static Map<Period, List<MetricResult>> compute(
            Workspace workspace,
            MetricsQuery.Computation computation,
            List<Metric> metrics,
            List<Period> periods,
            List<Period> together,
            Map<String, String> where,
            Steps steps) {
        steps.next("counting " + describe(together) + " together");
        MetricsCommand.prepare(workspace, metrics, together, where);
        int workers = Math.max(1, Math.min(periods.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "kizuna-figures");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<Period, Future<List<MetricResult>>> pending = new LinkedHashMap<>();
            for (Period one : periods) {
                pending.put(
                        one, pool.submit(() -> computation.compute(workspace, metrics, one, Optional.empty(), where)));
            }
            Map<Period, List<MetricResult>> computed = new HashMap<>();
            for (Map.Entry<Period, Future<List<MetricResult>>> one : pending.entrySet()) {
                steps.next("computing " + one.getKey().label());
                computed.put(one.getKey(), result(one.getValue()));
            }
            return computed;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<MetricResult> result(Future<List<MetricResult>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the computation was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
