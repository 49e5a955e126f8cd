package org.kizuna.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;

/**
 * The open files of the data set, one per table of the contract, in contract order. customers.csv carries one
 * custom column, {@code csm}, the assigned customer-success manager.
 */
final class TableFiles implements AutoCloseable {

    static final List<String> CUSTOMER_CUSTOM_COLUMNS = List.of("csm");

    private final Map<Table, TableFile> files = new LinkedHashMap<>();

    TableFiles(Path directory) throws IOException {
        Files.createDirectories(directory);
        try {
            for (Table table : DataContract.TABLES) {
                List<String> custom = table.equals(DataContract.CUSTOMERS) ? CUSTOMER_CUSTOM_COLUMNS : List.of();
                files.put(table, new TableFile(table, custom, directory));
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    TableFile of(Table table) {
        return files.get(table);
    }

    GenerationSummary summary() {
        Map<String, Long> rows = new LinkedHashMap<>();
        files.forEach((table, file) -> rows.put(table.name(), file.rows()));
        return new GenerationSummary(rows);
    }

    @Override
    public void close() throws IOException {
        List<IOException> failures = new ArrayList<>();
        for (TableFile file : files.values()) {
            try {
                file.close();
            } catch (IOException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            IOException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }
}
