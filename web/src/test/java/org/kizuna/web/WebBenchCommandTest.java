package org.kizuna.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.store.Workspace;
import org.kizuna.store.survey.Survey;
import org.kizuna.store.survey.SurveyCollection;

/**
 * {@code kizuna bench-web} end to end at a tiny size: a generated workspace, the server in this process, both
 * loads and their baselines, and the tables, with the answers counted in the store. No timings are checked.
 */
class WebBenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void theBenchRunsBothLoadsAndItsCountsAddUp() {
        String printed = CommandLineOutput.of(
                "bench-web",
                "--customers",
                "300",
                "--dir",
                dir.toString(),
                "--rate",
                "20",
                "--duration",
                "2",
                "--users",
                "5");

        assertThat(printed).contains("Scale custom: 300 customers");
        // 20 requests/s for 2 s = 40 answers, and as many requests to /health.
        List<String> answers = cells(printed, "survey answers, POST /s/{token}");
        long sent = number(answers.get(1));
        long acknowledged = number(answers.get(2));
        long failed = number(answers.get(3));
        long stored = number(answers.get(4));
        long lost = number(answers.get(5));
        assertThat(sent).isEqualTo(40);
        assertThat(acknowledged + failed).isEqualTo(sent);
        assertThat(lost).as(printed).isZero();
        assertThat(stored).isEqualTo(acknowledged);

        // The survey the bench made, read from the store here: its responses are the stored count.
        SurveyCollection surveys = new SurveyCollection(Workspace.open(dir.resolve("workspace")));
        Optional<Survey> survey = surveys.list().stream()
                .filter(s -> s.touchpoint().equals(Optional.of("web-bench")))
                .findFirst();
        assertThat(survey).isPresent();
        assertThat(survey.get().responses()).isEqualTo(stored);
        assertThat(survey.get().invitations()).isGreaterThanOrEqualTo(sent);

        List<String> health = cells(printed, "baseline, GET /health");
        assertThat(number(health.get(1))).isEqualTo(40);
        assertThat(number(health.get(2)) + number(health.get(3))).isEqualTo(40);

        // Every page was read by the signed-in users, each time whole (a redirect to sign in would be an error).
        for (String page : List.of(
                "/",
                "/metrics/nps?by=plan",
                "/metrics/churn_rate?by=plan",
                "/metrics/mrr?by=region",
                "/api/v1/metrics")) {
            List<String> row = cells(printed, page);
            assertThat(number(row.get(1))).as(page).isPositive();
            assertThat(number(row.get(2)))
                    .as("errors of %s in:%n%s", page, printed)
                    .isZero();
        }
        List<String> all = cells(printed, "all pages");
        assertThat(number(all.get(2))).as(printed).isZero();
        assertThat(printed).containsPattern("Goal p95 ≤ 300 ms on every page: (met|not met)");
    }

    /** The cells of the table row whose first cell is {@code first}. */
    private static List<String> cells(String printed, String first) {
        return printed.lines()
                .filter(line -> line.startsWith("| " + first + " |"))
                .findFirst()
                .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                        .map(String::strip)
                        .toList())
                .orElseThrow(() -> new AssertionError("no row " + first + " in:\n" + printed));
    }

    private static long number(String cell) {
        assertThat(cell).matches(Pattern.compile("[0-9,]+"));
        return Long.parseLong(cell.replace(",", ""));
    }
}
