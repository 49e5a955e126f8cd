package org.kizuna.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kizuna.testkit.CsvDataSet.aDataSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.Period;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.metrics.ActivityBasis;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.metrics.engagement.SessionTally;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;
import org.kizuna.testkit.GoldenData;

/**
 * Periods counted together while one of them is computed: each period's rows, split from one query over all of
 * them, are the rows its own query gives, the computed period's included, and a later computation of the period
 * reads them.
 */
class KeptAlongsideTest {

    private static final Period MAY = Period.parse("2024-05");
    private static final Period JUNE = Period.parse("2024-06");
    private static final Period JULY = Period.parse("2024-07");

    @TempDir
    Path dir;

    private Workspace workspace() {
        return Workspace.init(dir.resolve("ws"), WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")));
    }

    /**
     * Events near the months' edges, in Tokyo time: k1's session s1 one second before June (May), s2 at June's
     * first instant (June); k2's session s3 at 15:30 UTC on 31 May, which is 00:30 on 1 June in Tokyo (June),
     * and an event without a session id on 15 June (a session of its own, June); k1's s4 on 1 July (July).
     *
     * <p>May: 1 customer, 1 event, 1 session. June: 2 customers (k1, k2), 3 events, 3 sessions (s2, s3 and the
     * one without an id). July: 1 customer, 1 event, 1 session.
     */
    @Test
    void eachMonthKeptAlongsideHoldsItsOwnSessions() {
        Workspace workspace = workspace();
        importEdgeEvents(workspace);

        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, Map.of(), true)) {
            inputs.countTogether(List.of(MAY, JUNE, JULY));
            assertThat(inputs.engagement().sessions(MAY, Optional.empty()))
                    .containsExactly(new SessionTally(null, 1, 1, 1, 0, 1, 0, 0));
            assertThat(runs(inputs, "engagement_sessions.sql"))
                    .as("the three months counted, then May's rows read")
                    .isEqualTo(2);
            assertThat(inputs.keptRuns()).as("nothing was kept before").isZero();
        }

        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, Map.of(), true)) {
            assertThat(inputs.engagement().sessions(JUNE, Optional.empty()))
                    .containsExactly(new SessionTally(null, 2, 3, 3, 0, 2, 0, 0));
            assertThat(inputs.engagement().sessions(JULY, Optional.empty()))
                    .containsExactly(new SessionTally(null, 1, 1, 1, 0, 1, 0, 0));
            assertThat(inputs.keptRuns())
                    .as("both months read from what was kept")
                    .isEqualTo(2);
        }
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, Map.of(), false)) {
            assertThat(inputs.engagement().sessions(JUNE, Optional.empty()))
                    .containsExactly(new SessionTally(null, 2, 3, 3, 0, 2, 0, 0));
        }
    }

    // The events of eachMonthKeptAlongsideHoldsItsOwnSessions.
    private void importEdgeEvents(Workspace workspace) {
        new Importer(workspace)
                .importFrom(
                        aDataSet()
                                .table("customers", "customer_id", "signup_date", "plan")
                                .row("k1", "2024-01-01", "pro")
                                .row("k2", "2024-01-01", "starter")
                                .table("events", "customer_id", "user_id", "occurred_at", "event", "session_id")
                                .row("k1", "u1", "2024-05-31T23:59:59+09:00", "session_start", "s1")
                                .row("k1", "u1", "2024-06-01T00:00:00+09:00", "session_start", "s2")
                                .row("k2", "u2", "2024-05-31T15:30:00Z", "session_start", "s3")
                                .row("k2", "u2", "2024-06-15T10:00:00+09:00", "page_view", null)
                                .row("k1", "u1", "2024-07-01T08:00:00+09:00", "session_start", "s4")
                                .writeTo(dir.resolve("data")),
                        ImportOptions.defaults());
    }

    /**
     * The months kept by an earlier pass (June and July, as the server keeps its months) stay as they are when
     * May is counted together with them (as a report adds the period before): only May is counted, and its
     * rows are its own (1 customer, 1 event, 1 session).
     */
    @Test
    void periodsKeptByAnEarlierPassAreNotCountedAgain() throws Exception {
        Workspace workspace = workspace();
        importEdgeEvents(workspace);
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, Map.of(), true)) {
            inputs.countTogether(List.of(JUNE, JULY));
            assertThat(inputs.engagement().sessions(JULY, Optional.empty()))
                    .containsExactly(new SessionTally(null, 1, 1, 1, 0, 1, 0, 0));
        }
        Path tallies = dir.resolve("ws").resolve(KeptTallies.FOLDER);
        FileTime longAgo = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));
        List<Path> before = rowFiles(tallies);
        for (Path file : before) {
            Files.setLastModifiedTime(file, longAgo);
        }

        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, Map.of(), true)) {
            inputs.countTogether(List.of(MAY, JUNE, JULY));
            assertThat(inputs.engagement().sessions(JULY, Optional.empty()))
                    .containsExactly(new SessionTally(null, 1, 1, 1, 0, 1, 0, 0));
        }
        for (Path file : before) {
            assertThat(Files.getLastModifiedTime(file))
                    .as("%s not written again", file)
                    .isEqualTo(longAgo);
        }
        assertThat(rowFiles(tallies)).as("May's rows added").hasSize(before.size() + 1);
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, Map.of(), true)) {
            assertThat(inputs.engagement().sessions(MAY, Optional.empty()))
                    .containsExactly(new SessionTally(null, 1, 1, 1, 0, 1, 0, 0));
            assertThat(inputs.keptRuns()).isEqualTo(1);
        }
    }

    private static List<Path> rowFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".rows"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * The golden data set's months, with and without a filter: every figure of the catalogue computed while
     * the months were counted together, and after, equals the figure computed by its own queries, and the months
     * after the first did read kept rows. The data's usage differs from month to month, so rows given to the wrong month would show. So
     * does the second quarter's, whose active users read its three months' kept rows.
     */
    @Test
    void theCatalogueOfMonthsKeptAlongsideEqualsItFromTheirOwnQueries() {
        Workspace workspace = workspace();
        new Importer(workspace).importFrom(GoldenData.copyTo(dir.resolve("golden")), ImportOptions.defaults());
        List<Period> months = List.of(Period.parse("2024-04"), MAY, JUNE, JULY);
        for (Map<String, String> where : List.of(Map.<String, String>of(), Map.of("plan", "pro"))) {
            StoreMetricInputs.forgetKept(workspace);
            try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, where, true)) {
                inputs.countTogether(months);
                List<MetricResult> together = compute(workspace, inputs, months.get(0));
                assertThat(runs(inputs, "engagement_active_users.sql"))
                        .as("the months' active users counted in one pass, then April's read %s", where)
                        .isEqualTo(2);
                assertThat(together)
                        .as("%s %s", months.get(0), where)
                        .isEqualTo(ownFigures(workspace, where, months.get(0)));
            }
            List<List<MetricResult>> fresh = new ArrayList<>();
            for (Period month : months.subList(1, months.size())) {
                List<MetricResult> own = ownFigures(workspace, where, month);
                try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, where, true)) {
                    assertThat(compute(workspace, inputs, month))
                            .as("%s %s", month, where)
                            .isEqualTo(own);
                    assertThat(inputs.keptRuns())
                            .as("the usage tallies of %s %s counted together", month, where)
                            .isGreaterThanOrEqualTo(4);
                }
                fresh.add(own);
            }
            assertThat(fresh.get(0)).as("May and June differ").isNotEqualTo(fresh.get(1));

            // The quarter's active users read its three months' kept rows and count only the quarter itself.
            Period quarter = Period.parse("2024-Q2");
            List<MetricResult> own = ownFigures(workspace, where, quarter);
            try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, where, true)) {
                assertThat(compute(workspace, inputs, quarter))
                        .as("%s %s", quarter, where)
                        .isEqualTo(own);
                assertThat(runs(inputs, "engagement_active_users.sql"))
                        .as("three months read, the quarter counted alone %s", where)
                        .isEqualTo(4);
            }
            StoreMetricInputs.forgetKept(workspace);
            try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, where, true)) {
                assertThat(compute(workspace, inputs, quarter))
                        .as("%s %s", quarter, where)
                        .isEqualTo(own);
                assertThat(runs(inputs, "engagement_active_users.sql"))
                        .as("the quarter and its months counted together %s", where)
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void spansMustFollowOneAnother() {
        QueryRunner runner = new QueryRunner(null, Map.of(), ZoneId.of("Asia/Tokyo"), 0, new ActivityBasis.Unknown());
        assertThat(runner.spanValues(List.of(JUNE), Map.of("events_span", "e.occurred_at")))
                .containsEntry("events_span", "0")
                .containsEntry("from", "2024-06-01 00:00:00+09:00")
                .containsEntry("until", "2024-07-01 00:00:00+09:00");
        assertThat(runner.spanValues(List.of(MAY, JUNE), Map.of("events_span", "e.occurred_at")))
                .containsEntry("from", "2024-05-01 00:00:00+09:00")
                .containsEntry("until", "2024-07-01 00:00:00+09:00")
                .containsEntry(
                        "events_span",
                        "CASE WHEN e.occurred_at < TIMESTAMPTZ '2024-06-01 00:00:00+09:00' THEN 0"
                                + " WHEN e.occurred_at < TIMESTAMPTZ '2024-07-01 00:00:00+09:00' THEN 1 END");
        assertThatThrownBy(() -> runner.spanValues(List.of(MAY, JULY), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("follow one another");
        assertThatThrownBy(() -> runner.countTogether(List.of(JUNE, MAY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("follow one another");
    }

    private static int runs(StoreMetricInputs inputs, String query) {
        return inputs.timings().stream()
                .filter(timing -> timing.query().equals(query))
                .mapToInt(QueryTiming::runs)
                .sum();
    }

    // The catalogue of the period from its own queries, nothing kept or read.
    private static List<MetricResult> ownFigures(Workspace workspace, Map<String, String> where, Period period) {
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, where, false)) {
            return compute(workspace, inputs, period);
        }
    }

    private static List<MetricResult> compute(Workspace workspace, StoreMetricInputs inputs, Period period) {
        return new MetricsEngine()
                .compute(
                        new MetricRequest(period, Optional.empty(), workspace.settings()), MetricCatalog.all(), inputs);
    }
}
