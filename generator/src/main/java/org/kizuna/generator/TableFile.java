package org.kizuna.generator;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kizuna.domain.contract.Table;

/**
 * One CSV file of the data set being written: the contract table's header (plus any custom columns), then rows
 * in the header's order. It counts its rows and refuses a row of the wrong width, so that a generator change
 * cannot silently shift columns.
 */
final class TableFile implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Table table;
    private final int width;
    private final CsvWriter writer;
    private long rows;

    TableFile(Table table, List<String> customColumns, Path directory) throws IOException {
        this.table = table;
        List<String> header = new ArrayList<>(table.columnNames());
        header.addAll(customColumns);
        this.width = header.size();
        this.writer = CsvWriter.builder()
                .bufferSize(BUFFER_BYTES)
                .build(directory.resolve(table.name() + ".csv"), StandardCharsets.UTF_8);
        writer.writeRecord(header);
    }

    Table table() {
        return table;
    }

    long rows() {
        return rows;
    }

    /** Writes one row; {@code null} and empty values are written as empty cells. */
    void row(String... values) {
        if (values.length != width) {
            throw new IllegalArgumentException(
                    table.name() + ": a row has " + values.length + " values for " + width + " columns");
        }
        writer.writeRecord(values);
        rows++;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
