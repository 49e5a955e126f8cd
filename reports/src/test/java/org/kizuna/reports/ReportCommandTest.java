package org.kizuna.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.reports.ReportRun.kizuna;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kizuna report} on the golden data set: the file it writes, and refusals that write nothing. */
class ReportCommandTest {

    @TempDir
    static Path root;

    static String workspace;

    @BeforeAll
    static void golden() {
        workspace = ReportBuilderTest.goldenWorkspace(root).folder().toString();
    }

    /**
     * At a terminal the report draws a bar with each step as it starts. A month's report of one metric computes
     * twelve periods (June, May and the ten months before May of June's series), after counting the twelve
     * months together, then writes the file: 1 + 12 + 1 = 14 steps, with no breakdown and no cohorts.
     */
    @Test
    void aTerminalSeesEachStepAsItStarts() {
        Path out = root.resolve("out/steps.csv");
        ReportRun run;
        System.setProperty("kizuna.stderr.terminal", "true");
        try {
            run = kizuna(
                    "report",
                    "--workspace",
                    workspace,
                    "--period",
                    "2024-06",
                    "--metric",
                    "nps",
                    "--format",
                    "csv",
                    "--out",
                    out.toString());
        } finally {
            System.clearProperty("kizuna.stderr.terminal");
        }
        assertThat(run.exitCode()).as(run.err()).isZero();
        java.util.regex.Pattern drawn = java.util.regex.Pattern.compile("[█░]{24} (\\d+/\\d+) +\\d+s  (.*?) *");
        List<String> steps = java.util.Arrays.stream(run.err().split("\r"))
                .map(drawn::matcher)
                .filter(java.util.regex.Matcher::matches)
                .map(step -> step.group(1) + " " + step.group(2))
                .toList();
        List<String> expected = new java.util.ArrayList<>();
        expected.add("1/14 counting 2023-07 to 2024-06 together");
        expected.add("2/14 computing 2024-06");
        expected.add("3/14 computing 2024-05");
        for (int month = 7; month <= 16; month++) {
            java.time.YearMonth computed = java.time.YearMonth.of(2023, 1).plusMonths(month - 1);
            expected.add((month - 3) + "/14 computing " + computed);
        }
        expected.add("14/14 writing steps.csv");
        assertThat(steps).containsExactlyElementsOf(expected);
        // the bar is cleared at the end, and the file's path printed as ever
        assertThat(run.err()).endsWith("\r" + " ".repeat(100) + "\r");
        assertThat(run.out().strip()).isEqualTo(out.toString());
    }

    /**
     * The CSV has the contract's fields, one row per metric, period and segment: NPS June 25.00 and pro 16.67
     * (GOLDEN.md), with a byte order mark for Excel when asked.
     */
    @Test
    void csvWithByteOrderMark() throws Exception {
        Path out = root.resolve("out/june.csv");
        ReportRun run = kizuna(
                "report",
                "--workspace",
                workspace,
                "--period",
                "2024-06",
                "--metric",
                "nps",
                "--by",
                "plan",
                "--format",
                "csv",
                "--out",
                out.toString(),
                "--bom");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(out.toString());
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CsvRecord> rows;
        try (CsvReader<CsvRecord> reader =
                CsvReader.builder().ofCsvRecord(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            rows = reader.stream().toList();
        }
        assertThat(rows.get(0).getFields())
                .startsWith("metric", "period", "segment_attribute", "segment_value", "value", "unit");
        assertThat(rows)
                .anySatisfy(row -> assertThat(row.getFields()).startsWith("nps", "2024-06", "", "", "25.00", "points"))
                .anySatisfy(row ->
                        assertThat(row.getFields()).startsWith("nps", "2024-06", "plan", "pro", "16.67", "points"))
                .anySatisfy(row -> assertThat(row.getField(1)).isEqualTo("2023-07"));
    }

    @Test
    void withoutBomTheFileStartsWithTheHeader() throws Exception {
        Path out = root.resolve("plain.csv");
        ReportRun run = kizuna(
                "report",
                "--workspace",
                workspace,
                "--period",
                "2024-06",
                "--family",
                "revenue",
                "--format",
                "csv",
                "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).startsWith("metric,period,");
    }

    @Test
    void anUnknownFormatOrFamilyIsRefusedAndWritesNothing() {
        Path out = root.resolve("refused.xyz");
        ReportRun format = kizuna("report", "--workspace", workspace, "--format", "odt", "--out", out.toString());
        assertThat(format.exitCode()).as(format.toString()).isEqualTo(1);
        assertThat(format.err()).contains("--format \"odt\" is not xlsx, pdf, docx or csv");
        ReportRun family = kizuna(
                "report", "--workspace", workspace, "--family", "money", "--format", "csv", "--out", out.toString());
        assertThat(family.exitCode()).isEqualTo(1);
        assertThat(family.err()).contains("--family \"money\" is not one of");
        assertThat(out).doesNotExist();
    }

    /** A report that fails half-way leaves the file that was there as it was, and no partial file beside it. */
    @Test
    void aFailedWriteLeavesTheOldFile() throws Exception {
        Path folder = Files.createDirectories(root.resolve("failed"));
        Path target = folder.resolve("report.csv");
        Files.writeString(target, "before");
        ReportWriter failing = (report, out) -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new java.io.IOException("disk full");
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ReportFiles.write(ReportFixture.report(org.kizuna.metrics.Language.EN), failing, target))
                .hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("before");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }
}
