package org.kizuna.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Writes reports as PDF files under {@code target/report-output/} and reads their text back page by page. */
final class PdfFiles {

    static final Path OUTPUT = Path.of("target", "report-output");

    private PdfFiles() {}

    /** Writes the report to {@code target/report-output/NAME.pdf} and returns the file. */
    static Path write(Report report, String name) throws IOException {
        Files.createDirectories(OUTPUT);
        Path file = OUTPUT.resolve(name + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfReport().write(report, out);
        }
        return file;
    }

    /** Each page's text, top to bottom, left to right; index 0 is page 1. */
    static List<String> pages(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }
}
