package org.kizuna.store.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;
import org.kizuna.store.Reason;

/**
 * Finds the contract tables in a folder (or a single file): files named after a table in any accepted format,
 * and workbooks whose sheets are named after tables. Everything else is reported, not silently skipped.
 */
final class DataSetScanner {

    record Scan(List<Source> sources, List<Notice> notices, List<Problem> problems) {}

    private DataSetScanner() {}

    static Scan scan(Path input) {
        List<Notice> notices = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Source> byTable = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(input)) {
            try (Stream<Path> listing = Files.list(input)) {
                listing.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                problems.add(new Problem(input.toString(), Reason.of("folder_unlisted", e.getMessage())));
            }
        } else if (Files.isRegularFile(input)) {
            files.add(input);
        } else {
            problems.add(new Problem(input.toString(), Reason.of("no_such_file")));
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            Optional<SourceFormat> format = SourceFormat.ofFileName(name);
            if (format.isEmpty()) {
                notices.add(new Notice(name, Reason.of("ignored_format")));
                continue;
            }
            if (format.get() == SourceFormat.XLSX) {
                scanWorkbook(file, byTable, notices, problems);
                continue;
            }
            Optional<Table> table = DataContract.table(SourceFormat.stem(name));
            if (table.isEmpty()) {
                notices.add(new Notice(name, Reason.of("ignored_table", SourceFormat.stem(name), tableNames())));
                continue;
            }
            add(new Source(table.get(), file, format.get(), Optional.empty()), byTable, problems);
        }
        if (problems.isEmpty() && byTable.isEmpty()) {
            problems.add(new Problem(input.toString(), Reason.of("no_table", tableNames())));
        }
        List<Source> ordered = new ArrayList<>();
        for (Table table : DataContract.TABLES) {
            Source source = byTable.get(table.name());
            if (source != null) {
                ordered.add(source);
            }
        }
        return new Scan(ordered, notices, problems);
    }

    private static void scanWorkbook(
            Path file, Map<String, Source> byTable, List<Notice> notices, List<Problem> problems) {
        String name = file.getFileName().toString();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                Optional<Table> table =
                        DataContract.table(sheet.getName().strip().toLowerCase(java.util.Locale.ROOT));
                if (table.isEmpty()) {
                    notices.add(new Notice(name + "[" + sheet.getName() + "]", Reason.of("ignored_sheet")));
                    continue;
                }
                add(new Source(table.get(), file, SourceFormat.XLSX, Optional.of(sheet.getName())), byTable, problems);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(name, Reason.of("not_workbook", e.getMessage())));
        }
    }

    private static void add(Source source, Map<String, Source> byTable, List<Problem> problems) {
        Source earlier = byTable.putIfAbsent(source.table().name(), source);
        if (earlier != null) {
            problems.add(new Problem(
                    source.displayName(),
                    Reason.of("table_twice", source.table().name(), earlier.displayName())));
        }
    }

    private static String tableNames() {
        return String.join(", ", DataContract.TABLES.stream().map(Table::name).toList());
    }
}
