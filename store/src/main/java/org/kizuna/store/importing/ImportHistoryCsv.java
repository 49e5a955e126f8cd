package org.kizuna.store.importing;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kizuna.store.CsvCells;

/**
 * The import history as CSV, one row per import, newest first: {@code import_id}; {@code imported_at} in ISO
 * 8601 with the offset of the workspace's time zone, to the second; {@code source} ({@code cli} for {@code
 * kizuna import}, {@code api} for rows sent to the API, {@code web} for an upload on the data page) and the
 * uploading account's {@code username};
 * the {@code files} it brought and the {@code tables} they went into, in the same order, separated by {@code
 * ;}; the {@code rows} it read and the stored rows it {@code replaced}.
 */
public final class ImportHistoryCsv {

    public static final List<String> HEADER =
            List.of("import_id", "imported_at", "source", "username", "files", "tables", "rows", "replaced");

    private ImportHistoryCsv() {}

    public static String write(List<ImportHistory.Entry> imports, ZoneId zone) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord(HEADER);
            DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
            for (ImportHistory.Entry entry : imports) {
                CsvCells.write(
                        csv,
                        Long.toString(entry.id()),
                        time.format(entry.importedAt()
                                .truncatedTo(ChronoUnit.SECONDS)
                                .atZone(zone)),
                        entry.username().isPresent() ? "web" : entry.source(),
                        entry.username().orElse(""),
                        joined(entry.tables(), ImportReport.TableSummary::source),
                        joined(entry.tables(), ImportReport.TableSummary::table),
                        Long.toString(entry.rows()),
                        Long.toString(entry.replaced()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String joined(
            List<ImportReport.TableSummary> tables, Function<ImportReport.TableSummary, String> part) {
        return tables.stream().map(part).collect(Collectors.joining(";"));
    }
}
