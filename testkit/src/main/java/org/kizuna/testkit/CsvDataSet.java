package org.kizuna.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a folder of CSV files for tests, table by table, row by row: {@code aDataSet().table("customers",
 * "customer_id", "signup_date").row("c1", "2024-01-05").writeTo(dir)}. Values are written as given, quoted
 * where CSV needs it, so that tests can also write deliberately bad input.
 */
public final class CsvDataSet {

    private final Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    private String current;

    private CsvDataSet() {}

    public static CsvDataSet aDataSet() {
        return new CsvDataSet();
    }

    /** Starts (or continues) a table with its header. */
    public CsvDataSet table(String name, String... header) {
        tables.computeIfAbsent(name, n -> {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(header));
            return rows;
        });
        current = name;
        return this;
    }

    /** Adds a row to the table started last; null writes an empty field. */
    public CsvDataSet row(String... values) {
        if (current == null) {
            throw new IllegalStateException("start a table before adding rows");
        }
        List<String> row = new ArrayList<>();
        for (String value : values) {
            row.add(value);
        }
        tables.get(current).add(row);
        return this;
    }

    /** Writes every table as {@code name.csv} in UTF-8 and returns the folder. */
    public Path writeTo(Path folder) {
        return writeTo(folder, StandardCharsets.UTF_8);
    }

    public Path writeTo(Path folder, Charset charset) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, List<List<String>>> table : tables.entrySet()) {
                StringBuilder text = new StringBuilder();
                for (List<String> row : table.getValue()) {
                    for (int i = 0; i < row.size(); i++) {
                        text.append(i == 0 ? "" : ",").append(quoted(row.get(i)));
                    }
                    text.append('\n');
                }
                Files.writeString(folder.resolve(table.getKey() + ".csv"), text, charset);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
