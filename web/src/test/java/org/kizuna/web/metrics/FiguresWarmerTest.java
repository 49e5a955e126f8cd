package org.kizuna.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.testkit.CsvDataSet.aDataSet;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kizuna.cli.FiguresAhead;
import org.kizuna.domain.Granularity;
import org.kizuna.domain.Period;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;
import org.kizuna.store.query.QueryTiming;
import org.kizuna.store.query.StoreMetricInputs;
import org.kizuna.web.ScratchServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The figures computed ahead, against the real server and its own copy of the golden workspace: the periods of
 * the reports of the last full year and of the last twelve months, the overview's months first, once per change
 * of the data, their tallies kept for what asks next.
 */
@ScratchServerTest
class FiguresWarmerTest {

    @Autowired
    FiguresWarmer warmer;

    @Autowired
    MetricsService metrics;

    @Autowired
    Workspace workspace;

    @Value("${" + ScratchServerTest.folder + "}")
    Path folder;

    @Test
    void theFiguresAheadAreComputedOncePerChangeOfTheData() {
        YearMonth last = YearMonth.from(metrics.defaultPeriod().last());
        List<Period> ahead = FiguresAhead.periods(last);
        List<Period> months = ahead.stream()
                .filter(period -> period.granularity() == Granularity.MONTH)
                .toList();

        List<Period> first = warmer.warmNow();

        assertThat(first).containsExactlyInAnyOrderElementsOf(ahead);
        assertThat(first.subList(0, months.size()))
                .as("the overview's months first")
                .isEqualTo(months);
        assertThat(months).contains(Period.month(last.minusMonths(11)), Period.month(last));
        assertThat(warmer.warmNow()).as("nothing changed").isEmpty();
        // What a page or report asks next about those periods is read from the kept tallies, not the tables.
        for (Period month : List.of(Period.month(last.minusMonths(11)), Period.month(last), ahead.get(0))) {
            try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, Map.of(), true)) {
                new MetricsEngine()
                        .compute(
                                new MetricRequest(month, Optional.empty(), workspace.settings()),
                                MetricCatalog.all(),
                                inputs);
                int queries =
                        inputs.timings().stream().mapToInt(QueryTiming::runs).sum();
                assertThat(queries).isPositive();
                assertThat(inputs.keptRuns()).as("kept for %s", month).isEqualTo(queries);
            }
        }

        new Importer(workspace)
                .importFrom(
                        aDataSet()
                                .table("customers", "customer_id", "signup_date", "plan")
                                .row("warm-1", last.atDay(1).toString(), "pro")
                                .writeTo(folder.resolveSibling("warm-data")),
                        ImportOptions.defaults());

        assertThat(warmer.warmNow()).as("the data changed").isEqualTo(first);
        assertThat(warmer.warmNow()).isEmpty();
    }
}
