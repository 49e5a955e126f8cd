package org.kizuna.generator;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContractIntegrityTest {

    /**
     * A two-year company of ordinary size, a single customer in a one-month history ending on a leap day, a
     * ten-year history ending mid-month, and a short history ending right after the New Year holidays.
     */
    static Stream<GeneratorOptions> companies() {
        return Stream.of(
                new GeneratorOptions(800, 24, 42, LocalDate.of(2025, 5, 31)),
                new GeneratorOptions(1, 1, 5, LocalDate.of(2024, 2, 29)),
                new GeneratorOptions(120, 120, 11, LocalDate.of(2024, 12, 15)),
                new GeneratorOptions(60, 3, 3, LocalDate.of(2025, 1, 4)));
    }

    @ParameterizedTest
    @MethodSource("companies")
    void writesDataThatKeepsEveryRuleOfTheContract(GeneratorOptions options, @TempDir Path out) throws IOException {
        new DemoCompanyGenerator().generate(options, out);

        assertThat(ContractViolations.of(out, options.until())).isEmpty();
    }

    @Test
    void seesEachKindOfBrokenRow(@TempDir Path out) throws IOException {
        LocalDate until = LocalDate.of(2025, 5, 31);
        new DemoCompanyGenerator().generate(new GeneratorOptions(200, 24, 42, until), out);
        rewrite(out, "tickets", (table, rows) -> {
            String[] ticket = rows.get(0);
            ticket[table.column("first_response_at")] = "2000-01-01T00:00:00+09:00";
        });
        rewrite(out, "survey_responses", (table, rows) -> rows.get(0)[table.column("score")] = "99");
        rewrite(out, "customers", (table, rows) -> rows.add(rows.get(1).clone()));
        rewrite(out, "orders", (table, rows) -> rows.get(0)[table.column("ordered_at")] = "2025-06-01T00:00:00+09:00");
        rewrite(out, "subscriptions", (table, rows) -> rows.get(0)[table.column("customer_id")] = "C999999");

        assertThat(String.join("\n", ContractViolations.of(out, until)))
                .contains("first_response_at before opened_at")
                .contains("outside")
                .contains("key [customer_id] repeats")
                .contains("is after 2025-05-31")
                .contains("names unknown customers C999999");
    }

    private static void rewrite(Path out, String name, BiConsumer<WrittenTable, List<String[]>> change)
            throws IOException {
        WrittenTable table = WrittenTable.read(out, name);
        List<String[]> rows = new ArrayList<>(table.rows());
        change.accept(table, rows);
        try (CsvWriter writer = CsvWriter.builder().build(out.resolve(name + ".csv"), StandardCharsets.UTF_8)) {
            writer.writeRecord(table.header());
            for (String[] row : rows) {
                writer.writeRecord(row);
            }
        }
    }
}
