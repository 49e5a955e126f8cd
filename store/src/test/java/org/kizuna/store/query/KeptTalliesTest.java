package org.kizuna.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.testkit.CsvDataSet.aDataSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.Period;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MetricsEngine;
import org.kizuna.store.Workspace;
import org.kizuna.store.importing.ImportOptions;
import org.kizuna.store.importing.Importer;
import org.kizuna.testkit.CsvDataSet;
import org.kizuna.testkit.GoldenData;

/**
 * Query rows kept between runs: the same figures as the queries give, used only while the tables a query reads
 * are unchanged, and never a reason for a computation to fail.
 */
class KeptTalliesTest {

    private static final Period JUNE = Period.parse("2024-06");

    @TempDir
    Path dir;

    /** What one computation gave and how its queries were answered. */
    private record Computed(List<MetricResult> results, int queries, int kept) {}

    private static Computed compute(
            Workspace workspace, Period period, Optional<String> by, Map<String, String> where, boolean keep) {
        return compute(workspace, period, by, where, keep, MetricCatalog.all());
    }

    private static Computed compute(
            Workspace workspace,
            Period period,
            Optional<String> by,
            Map<String, String> where,
            boolean keep,
            List<org.kizuna.metrics.Metric> metrics) {
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace, where, keep)) {
            List<MetricResult> results =
                    new MetricsEngine().compute(new MetricRequest(period, by, workspace.settings()), metrics, inputs);
            int queries = inputs.timings().stream().mapToInt(QueryTiming::runs).sum();
            return new Computed(results, queries, inputs.keptRuns());
        }
    }

    private Workspace golden() {
        Workspace workspace =
                Workspace.init(dir.resolve("ws"), WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")));
        new Importer(workspace).importFrom(GoldenData.copyTo(dir.resolve("golden")), ImportOptions.defaults());
        return workspace;
    }

    @Test
    void theWholeCatalogueFromKeptRowsEqualsItFromTheQueries() {
        Workspace workspace = golden();
        record Ask(Period period, Optional<String> by, Map<String, String> where) {}
        List<Ask> asks = List.of(
                new Ask(JUNE, Optional.empty(), Map.of()),
                new Ask(Period.parse("2024-Q2"), Optional.of("plan"), Map.of()),
                new Ask(JUNE, Optional.of("region"), Map.of("plan", "pro")));
        for (Ask ask : asks) {
            Computed fresh = compute(workspace, ask.period(), ask.by(), ask.where(), false);
            Computed first = compute(workspace, ask.period(), ask.by(), ask.where(), true);
            Computed again = compute(workspace, ask.period(), ask.by(), ask.where(), true);

            assertThat(fresh.kept()).isZero();
            // The first run may meet a query an earlier one ran already (the same text, asked twice).
            assertThat(first.kept()).as("little kept yet for %s", ask).isLessThan(first.queries() / 2);
            assertThat(again.queries()).isEqualTo(first.queries()).isPositive();
            assertThat(again.kept()).as("every query of %s kept", ask).isEqualTo(again.queries());
            assertThat(first.results()).isEqualTo(fresh.results());
            assertThat(again.results()).isEqualTo(fresh.results());
        }
    }

    /**
     * Three June NPS answers, 9, 3 and 8: one promoter, one detractor, one passive, NPS (1 − 1) / 3 = 0. A second
     * import adds a 10 from k4: two promoters, one detractor of four, NPS (2 − 1) / 4 × 100 = 25. The MRR of June
     * (k1 1,000, k2 800, k4 300 from subscriptions covering 30 June: 2,100) reads no survey table, so its rows
     * stay kept; NPS reads survey_responses, which changed, so it runs again.
     */
    @Test
    void aChangedTableRunsTheQueriesThatReadItAgainAndOnlyThose() {
        Workspace workspace =
                Workspace.init(dir.resolve("ws"), WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")));
        CsvDataSet company = aDataSet()
                .table("customers", "customer_id", "signup_date", "plan")
                .row("k1", "2024-01-01", "pro")
                .row("k2", "2024-01-01", "pro")
                .row("k3", "2024-01-01", "starter")
                .row("k4", "2024-01-01", "starter")
                .table("subscriptions", "subscription_id", "customer_id", "start_date", "end_date", "mrr")
                .row("s1", "k1", "2024-01-01", null, "1000")
                .row("s2", "k2", "2024-01-01", null, "800")
                .row("s3", "k3", "2024-01-01", "2024-06-10", "500")
                .row("s4", "k4", "2024-02-01", null, "300")
                .table("surveys", "survey_id", "type", "scale_min", "scale_max")
                .row("nps", "nps", "0", "10")
                .table("survey_responses", "response_id", "survey_id", "customer_id", "answered_at", "score")
                .row("r1", "nps", "k1", "2024-06-05T10:00:00+09:00", "9")
                .row("r2", "nps", "k2", "2024-06-06T10:00:00+09:00", "3")
                .row("r3", "nps", "k3", "2024-06-07T10:00:00+09:00", "8");
        new Importer(workspace).importFrom(company.writeTo(dir.resolve("data")), ImportOptions.defaults());

        List<String> ids = List.of("mrr", "nps");
        Computed before = computeSome(workspace, ids);
        assertThat(value(before, "mrr")).isEqualByComparingTo("2100");
        assertThat(value(before, "nps")).isEqualByComparingTo("0");
        assertThat(computeSome(workspace, ids).kept()).isEqualTo(before.queries());

        CsvDataSet answer = aDataSet()
                .table("survey_responses", "response_id", "survey_id", "customer_id", "answered_at", "score")
                .row("r4", "nps", "k4", "2024-06-20T10:00:00+09:00", "10");
        new Importer(workspace).importFrom(answer.writeTo(dir.resolve("answer")), ImportOptions.defaults());

        Computed after = computeSome(workspace, ids);
        assertThat(value(after, "nps")).isEqualByComparingTo("25");
        assertThat(value(after, "mrr")).isEqualByComparingTo("2100");
        assertThat(after.kept()).as("MRR's queries kept").isPositive();
        assertThat(after.kept()).as("NPS's query ran again").isLessThan(after.queries());
    }

    private static Computed computeSome(Workspace workspace, List<String> ids) {
        return compute(workspace, JUNE, Optional.empty(), Map.of(), true, MetricCatalog.select(ids));
    }

    private static java.math.BigDecimal value(Computed computed, String metric) {
        return computed.results().stream()
                .filter(result -> result.metric().equals(metric))
                .findFirst()
                .orElseThrow()
                .value();
    }

    @Test
    void aDamagedKeptFileIsRunAgainAndWrittenAnew() throws IOException {
        Workspace workspace = golden();
        Computed fresh = compute(workspace, JUNE, Optional.empty(), Map.of(), false);
        compute(workspace, JUNE, Optional.empty(), Map.of(), true);
        List<Path> files = keptFiles(workspace);
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }

        Computed damaged = compute(workspace, JUNE, Optional.empty(), Map.of(), true);

        assertThat(damaged.kept()).isZero();
        assertThat(damaged.results()).isEqualTo(fresh.results());
        assertThat(compute(workspace, JUNE, Optional.empty(), Map.of(), true).kept())
                .isEqualTo(damaged.queries());
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyMeansNothingIsKept() throws IOException {
        Workspace workspace = golden();
        Computed fresh = compute(workspace, JUNE, Optional.empty(), Map.of(), false);
        // A file where the folder should be: nothing can be written under it.
        Files.writeString(KeptTallies.folder(workspace), "not a folder");

        Computed first = compute(workspace, JUNE, Optional.empty(), Map.of(), true);
        Computed again = compute(workspace, JUNE, Optional.empty(), Map.of(), true);

        assertThat(first.results()).isEqualTo(fresh.results());
        assertThat(again.results()).isEqualTo(fresh.results());
        assertThat(again.kept()).isZero();
    }

    @Test
    void forgettingRemovesEveryKeptFile() {
        Workspace workspace = golden();
        compute(workspace, JUNE, Optional.empty(), Map.of(), true);
        assertThat(keptFiles(workspace)).isNotEmpty();

        StoreMetricInputs.forgetKept(workspace);

        assertThat(KeptTallies.folder(workspace)).doesNotExist();
        assertThat(compute(workspace, JUNE, Optional.empty(), Map.of(), true).kept())
                .isZero();
    }

    /**
     * The fingerprints are written beside the kept rows under the database's stamp and read back by a later
     * process while the stamp is the same: a fingerprint altered in the file is believed (so the queries naming
     * that table run again, and are kept under the altered fingerprint), and under another stamp the file is
     * ignored: the table is hashed again, which differs from the altered fingerprint, so those queries run again.
     */
    @Test
    void aLaterRunOnTheSameDatabaseReadsTheFingerprintsInsteadOfHashingAgain() throws IOException {
        Workspace workspace = golden();
        Computed first = compute(workspace, JUNE, Optional.empty(), Map.of(), true);
        Path file = KeptTallies.folder(workspace).resolve(TableFingerprints.FILE);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo(workspace.dataStamp().toString());
        assertThat(lines).anyMatch(line -> line.startsWith("events\t"));

        List<String> altered = lines.stream()
                .map(line -> line.startsWith("events\t") ? "events\t0:0" : line)
                .toList();
        Files.write(file, altered);
        TableFingerprints.forgetRemembered();
        Computed believed = compute(workspace, JUNE, Optional.empty(), Map.of(), true);
        assertThat(believed.results()).isEqualTo(first.results());
        assertThat(believed.kept()).isPositive().isLessThan(believed.queries());

        List<String> otherStamp = new java.util.ArrayList<>(Files.readAllLines(file));
        otherStamp.set(0, "[another stamp]");
        otherStamp.replaceAll(line -> line.startsWith("events\t") ? "events\t0:0" : line);
        Files.write(file, otherStamp);
        TableFingerprints.forgetRemembered();
        Computed hashedAgain = compute(workspace, JUNE, Optional.empty(), Map.of(), true);
        // The event queries' files were rewritten under the believed 0:0; the table hashed again differs from it.
        assertThat(hashedAgain.results()).isEqualTo(first.results());
        assertThat(hashedAgain.kept()).isEqualTo(believed.kept());
    }

    /** Thirty files written a minute apart; pruning to twenty leaves the ten written last. */
    @Test
    void pruningKeepsTheMostRecentlyWrittenHalf() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("tallies"));
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 30; i++) {
            Path file = Files.writeString(folder.resolve(String.format(Locale.ROOT, "f%02d.rows", i)), "x");
            Files.setLastModifiedTime(file, FileTime.from(start.plusSeconds(60L * i)));
        }
        Files.writeString(folder.resolve("fingerprints.txt"), "kept apart");

        KeptTallies.prune(folder, 20, Long.MAX_VALUE);

        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString()).sorted())
                    .containsExactly(
                            "f20.rows",
                            "f21.rows",
                            "f22.rows",
                            "f23.rows",
                            "f24.rows",
                            "f25.rows",
                            "f26.rows",
                            "f27.rows",
                            "f28.rows",
                            "f29.rows",
                            "fingerprints.txt");
        }
    }

    /**
     * Ten files of 1,000 bytes written a minute apart, at most 6,000 bytes: the oldest go until 3,000 are left,
     * the three written last.
     */
    @Test
    void pruningAlsoKeepsTheFolderWithinItsBytes() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("tallies"));
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 10; i++) {
            Path file = Files.write(folder.resolve("f" + i + ".rows"), new byte[1000]);
            Files.setLastModifiedTime(file, FileTime.from(start.plusSeconds(60L * i)));
        }

        KeptTallies.prune(folder, 20, 6000);

        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString()).sorted())
                    .containsExactly("f7.rows", "f8.rows", "f9.rows");
        }
    }

    private static List<Path> keptFiles(Workspace workspace) {
        try (Stream<Path> files = Files.list(KeptTallies.folder(workspace))) {
            return files.filter(path -> path.toString().endsWith(".rows")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
