package org.kizuna.store.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.store.importing.StoreFixture.importFails;
import static org.kizuna.store.importing.StoreFixture.workspaceWithBaseline;
import static org.kizuna.testkit.CsvDataSet.aDataSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.contract.ColumnType;
import org.kizuna.store.Reason;
import org.kizuna.store.Workspace;

/**
 * Kizuna's wording of what is wrong with its input, in English and Japanese: every reason the store's code names
 * has both, naming the same values; and the problems of a real failed import are said in Japanese, value by
 * value.
 */
class ReasonTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    // A reason the code names: Reason.of("key", Check.reason("key, or a setting's Refused.of(setting, "key"
    private static final Pattern NAMED = Pattern.compile(
            "(?:Reason\\.of|Check\\.reason)\\(\\s*\"([a-z_.]+)\"|Refused\\.of\\([^;]*?\"(setting\\.[a-z_]+)\"");

    @TempDir
    Path dir;

    @Test
    void everyReasonIsWordedInBothLanguagesWithTheSameValues() throws IOException {
        Properties english = wording("reasons.properties");
        Properties japanese = wording("reasons_ja.properties");

        assertThat(japanese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(arguments(japanese.getProperty(key)))
                    .as("the values %s names", key)
                    .isEqualTo(arguments(english.getProperty(key)));
            assertThat(japanese.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
        }

        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/kizuna/store"))) {
            for (Path source : sources.filter(Files::isRegularFile).toList()) {
                Matcher reason = NAMED.matcher(Files.readString(source));
                while (reason.find()) {
                    named.add(reason.group(1) != null ? reason.group(1) : reason.group(2));
                }
            }
        }
        // A value that is not of its column's type is named by the type (Validator.columnChecks).
        for (ColumnType type : ColumnType.values()) {
            if (type != ColumnType.ID && type != ColumnType.TEXT) {
                named.add("not_" + type.name().toLowerCase(Locale.ROOT));
            }
        }
        assertThat(named).hasSizeGreaterThan(40);
        assertThat(english.stringPropertyNames()).containsAll(named);
    }

    @Test
    void aReasonIsSaidInTheLanguageAskedForAndInEnglishOtherwise() {
        Reason score = Reason.of("score_outside", "6", "1", "5", "s3");

        assertThat(score.english()).isEqualTo("score 6 is outside the scale 1–5 of survey s3");
        assertThat(score.in(Locale.JAPANESE)).isEqualTo("スコア 6 がアンケート s3 の尺度 1〜5 の範囲外です");
        assertThat(score.in(Locale.JAPAN)).isEqualTo("スコア 6 がアンケート s3 の尺度 1〜5 の範囲外です");
        assertThat(score.in(Locale.FRENCH)).isEqualTo(score.english());
        // Words from elsewhere are given as they are, braces and quotes too.
        assertThat(Reason.text("Unexpected '{' at 3").in(Locale.JAPANESE)).isEqualTo("Unexpected '{' at 3");
        // A quote written twice in the wording is one quote said.
        assertThat(Reason.of("bad_encoding").english())
                .isEqualTo("not valid text in the file's encoding; name it with --encoding");
    }

    @Test
    void theProblemsOfAFailedImportAreSaidInJapanese() {
        Workspace workspace = workspaceWithBaseline(dir);
        ImportFailedException failure = importFails(
                workspace,
                aDataSet()
                        .table("customers", "customer_id", "name", "signup_date", "seats")
                        .row("c3", "Chiba", "2024-02-30", "2")
                        .row("c4", "Doi", "2024-03-01", "-1")
                        .table("orders", "order_id", "customer_id", "ordered_at", "amount")
                        .row("o2", "c9", "2024-03-01T10:00:00+09:00", "12,5")
                        .writeTo(dir.resolve("input")));

        List<Problem> problems = failure.problems();
        assertThat(problems)
                .extracting(Problem::reason)
                .containsExactly(
                        "column signup_date: \"2024-02-30\" is not a date (YYYY-MM-DD)",
                        "column seats: seats cannot be negative",
                        "column customer_id: \"c9\" is not a customer_id in customers",
                        "column amount: \"12,5\" is not a number");
        assertThat(problems)
                .extracting(problem -> problem.why().in(Locale.JAPANESE))
                .containsExactly(
                        "「2024-02-30」は日付 (YYYY-MM-DD) ではありません",
                        "seats は負の数にできません",
                        "「c9」は customers の customer_id にありません",
                        "「12,5」は数値ではありません");
        // In English the reason without its column is the problem's own.
        Set<String> withoutColumn = new HashSet<>();
        problems.forEach(problem -> withoutColumn.add(problem.reason().replaceFirst("^column [a-z_]+: ", "")));
        assertThat(problems)
                .allSatisfy(problem ->
                        assertThat(withoutColumn).contains(problem.why().english()));
    }

    private static Properties wording(String name) throws IOException {
        Properties wording = new Properties();
        try (InputStream in = Reason.class.getResourceAsStream(name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            wording.load(reader);
        }
        return wording;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> arguments = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            arguments.add(argument.group(1));
        }
        return arguments;
    }
}
