package org.kizuna.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;

/**
 * Opens the Word reports in LibreOffice: converts them to PDF with {@code soffice --headless}, reads the PDF's
 * text with PDFBox and renders its first page with {@code pdftoppm} into {@code target/report-output/}, for a
 * person to look at. Needs LibreOffice and poppler-utils ({@code apt-get install libreoffice-writer
 * poppler-utils fonts-ipaexfont}); without them it fails and says so.
 */
class DocxLibreOfficeTest {

    private static final Path OUTPUT = DocxReportTest.OUTPUT;

    @Test
    void japaneseReportOpensInLibreOfficeWithItsHeadings() throws Exception {
        String text = convert(Language.JA);
        assertThat(text)
                .contains("カスタマーサクセス・レポート2024-06", "概要")
                .contains(compact(Family.VOICE.name(Language.JA)), compact(Family.RETENTION.name(Language.JA)))
                .contains(compact(Family.REVENUE.name(Language.JA)), "MRRの増減", "契約開始月別の顧客継続率", "注記")
                .contains(compact(
                        MetricCatalog.find("nps").orElseThrow().definition().name(Language.JA)))
                // NPS 33.33 against 20.00 in May: +13.33
                .contains("33.33pt", "+13.33");
    }

    @Test
    void englishReportOpensInLibreOfficeWithItsHeadings() throws Exception {
        String text = convert(Language.EN);
        assertThat(text)
                .contains("Customersuccessreport2024-06", "Overview", "Notes")
                .contains(compact(Family.VOICE.name(Language.EN)), "MRRmovements", "Customerretentionbysignupmonth")
                // MRR 1,250,000 against 1,200,000 in May: +50,000
                .contains("1,250,000JPY", "+50,000");
    }

    /**
     * Writes the report in a language, converts it to PDF, renders the PDF's first page to PNG and returns the
     * PDF's text.
     */
    private static String convert(Language language) throws Exception {
        String soffice = program("soffice", "LibreOffice (apt-get install libreoffice-writer)");
        String pdftoppm = program("pdftoppm", "poppler-utils (apt-get install poppler-utils)");
        Path docx = DocxReportTest.write(language).toAbsolutePath();
        String name = docx.getFileName().toString().replace(".docx", "");
        Path pdf = OUTPUT.resolve(name + ".pdf").toAbsolutePath();
        Files.deleteIfExists(pdf);
        Path profile = Path.of("target", "libreoffice-profile-" + name).toAbsolutePath();
        run(
                List.of(
                        soffice,
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        OUTPUT.toAbsolutePath().toString(),
                        docx.toString()),
                180);
        assertThat(pdf).as("the PDF LibreOffice wrote").exists().isNotEmptyFile();

        String prefix = OUTPUT.resolve(name + "-page").toAbsolutePath().toString();
        run(List.of(pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", pdf.toString(), prefix), 60);
        try (Stream<Path> files = Files.list(OUTPUT)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("the PNG of page 1")
                    .anyMatch(file -> file.startsWith(name + "-page-") && file.endsWith(".png"));
        }

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            // PDFBox puts spaces where the font changes (between Latin and Japanese): compare without any.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The path of a program on the PATH; fails naming the package to install when it is missing. */
    private static String program(String name, String install) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return fail(name + " is not on the PATH: install " + install + " to run this test");
    }

    /** Runs a program with a timeout and fails with its output unless it ends with exit code 0. */
    private static void run(List<String> command, long seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile(Path.of("target"), "process", ".log");
        Process process = new ProcessBuilder(new ArrayList<>(command))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command.get(0) + " did not finish within " + seconds + " s: " + Files.readString(log));
        }
        assertThat(process.exitValue())
                .as(String.join(" ", command) + " exit code; output: " + Files.readString(log))
                .isZero();
    }
}
