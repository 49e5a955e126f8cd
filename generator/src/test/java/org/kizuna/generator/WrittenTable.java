package org.kizuna.generator;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A CSV file of a generated data set read back as plain strings, with no knowledge of how it was written. */
record WrittenTable(String name, List<String> header, List<String[]> rows) {

    static WrittenTable read(Path directory, String name) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = stream(directory, name, rows::add);
        return new WrittenTable(name, header, rows);
    }

    /** Hands every row to the consumer without keeping the file in memory; returns the header. */
    static List<String> stream(Path directory, String name, Consumer<String[]> rows) {
        List<String> header = null;
        try (CsvReader<CsvRecord> reader =
                CsvReader.builder().ofCsvRecord(directory.resolve(name + ".csv"), StandardCharsets.UTF_8)) {
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = record.getFields();
                } else {
                    rows.accept(record.getFields().toArray(String[]::new));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return header;
    }

    int column(String columnName) {
        int index = header.indexOf(columnName);
        if (index < 0) {
            throw new IllegalArgumentException(name + " has no column " + columnName);
        }
        return index;
    }

    /** The values of one column, in row order. */
    List<String> values(String columnName) {
        int index = column(columnName);
        return rows.stream().map(row -> row[index]).toList();
    }
}
