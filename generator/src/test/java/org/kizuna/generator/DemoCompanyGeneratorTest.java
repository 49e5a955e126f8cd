package org.kizuna.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;

class DemoCompanyGeneratorTest {

    private static final GeneratorOptions OPTIONS = new GeneratorOptions(300, 24, 42, LocalDate.of(2025, 5, 31));

    private final DemoCompanyGenerator generator = new DemoCompanyGenerator();

    @Test
    void writesByteIdenticalFilesForTheSameOptions(@TempDir Path first, @TempDir Path second) throws IOException {
        generator.generate(OPTIONS, first);
        generator.generate(OPTIONS, second);

        for (Table table : DataContract.TABLES) {
            Path file = Path.of(table.name() + ".csv");
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file)))
                    .as(file.toString())
                    .isEqualTo(-1L);
        }
    }

    @Test
    void writesOtherDataForAnotherSeed(@TempDir Path first, @TempDir Path second) throws IOException {
        generator.generate(OPTIONS, first);
        generator.generate(new GeneratorOptions(300, 24, 43, OPTIONS.until()), second);

        assertThat(Files.mismatch(first.resolve("customers.csv"), second.resolve("customers.csv")))
                .isNotEqualTo(-1L);
    }

    @Test
    void writesEveryContractTableWithRowsUnderTheContractHeader(@TempDir Path out) throws IOException {
        GenerationSummary summary = generator.generate(OPTIONS, out);

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(DataContract.TABLES.stream()
                            .map(table -> table.name() + ".csv")
                            .toList());
        }
        for (Table table : DataContract.TABLES) {
            WrittenTable written = WrittenTable.read(out, table.name());
            List<String> expectedHeader = new ArrayList<>(table.columnNames());
            if (table.equals(DataContract.CUSTOMERS)) {
                expectedHeader.add("csm");
            }
            assertThat(written.header()).as(table.name()).isEqualTo(expectedHeader);
            assertThat(written.rows()).as(table.name()).isNotEmpty();
            assertThat(summary.rows(table.name()))
                    .as(table.name())
                    .isEqualTo(written.rows().size());
        }
        assertThat(summary.rowsPerTable().keySet())
                .containsExactlyElementsOf(
                        DataContract.TABLES.stream().map(Table::name).toList());
        assertThat(summary.rows("customers")).isEqualTo(OPTIONS.customers());
    }

    @Test
    void reportsProgressEveryThousandCustomersAndAtTheEnd(@TempDir Path out) throws IOException {
        List<Long> reported = new ArrayList<>();

        generator.generate(new GeneratorOptions(2_500, 3, 7, OPTIONS.until()), out, reported::add);

        assertThat(reported).containsExactly(1_000L, 2_000L, 2_500L);
    }
}
