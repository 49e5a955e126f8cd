package org.kizuna.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes report files whole: a report that fails half-way leaves no file, and an older file stays as it was. */
public final class ReportFiles {

    private ReportFiles() {}

    /** The writer of a format; {@code bom} only matters for CSV. */
    public static ReportWriter writer(ReportFormat format, boolean bom) {
        return switch (format) {
            case CSV -> new CsvReport(bom);
            case PDF -> new PdfReport();
            case XLSX -> new XlsxReport();
            case DOCX -> new DocxReport();
        };
    }

    /** Writes the report to a file beside the target, then moves it into place. */
    public static void write(Report report, ReportWriter writer, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        Path partial = null;
        try {
            Files.createDirectories(folder);
            partial = Files.createTempFile(folder, ".report-", ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                writer.write(report, out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report " + target + ": " + e.getMessage(), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // The partial file is gone or cannot be removed; the report's outcome is already decided.
                }
            }
        }
    }
}
