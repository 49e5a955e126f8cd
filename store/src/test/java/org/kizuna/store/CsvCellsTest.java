package org.kizuna.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text a spreadsheet would run as a formula is written behind an apostrophe; numbers and other text as they are. */
class CsvCellsTest {

    @Test
    void textStartingAFormulaIsMarkedAsText() {
        assertThat(CsvCells.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCells.cell("+81 3 1234 5678")).isEqualTo("'+81 3 1234 5678");
        assertThat(CsvCells.cell("-north")).isEqualTo("'-north");
        assertThat(CsvCells.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCells.cell("\t=cmd|' /C calc'!A0")).isEqualTo("'\t=cmd|' /C calc'!A0");
        assertThat(CsvCells.cell("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvCells.cell("-")).isEqualTo("'-");
    }

    @Test
    void numbersAndOtherTextStayAsTheyAre() {
        assertThat(CsvCells.cells("-12.50", "+3", "-0.5", "-1E-3", "-.25", "42", "", "north", "とても便利", "a=b"))
                .containsExactly("-12.50", "+3", "-0.5", "-1E-3", "-.25", "42", "", "north", "とても便利", "a=b");
        assertThat(CsvCells.cell(null)).isNull();
        assertThat(CsvCells.cells(List.of("=x", "7"))).containsExactly("'=x", "7");
    }

    /** Written and read back: the record's fields, the formula-like one behind its apostrophe. */
    @Test
    void aRecordWrittenSoReadsBackMarked() throws Exception {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            CsvCells.write(csv, "c01", "=HYPERLINK(\"https://example.com\", \"x\")", "-5");
        }
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text.toString())) {
            assertThat(reader.stream().map(CsvRecord::getFields).toList())
                    .containsExactly(List.of("c01", "'=HYPERLINK(\"https://example.com\", \"x\")", "-5"));
        }
    }
}
