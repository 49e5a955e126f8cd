package org.kizuna.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kizuna.metrics.Language;

/**
 * Opens the written workbooks in LibreOffice: each converts to PDF, whose first page (the overview) renders to
 * a PNG beside it in {@code target/report-output/}. Needs {@code soffice} and {@code pdftoppm} on the path,
 * and fails, rather than skipping, without them.
 */
class XlsxLibreOfficeTest {

    private static final long TIMEOUT_SECONDS = 180;

    @ParameterizedTest
    @EnumSource(Language.class)
    void libreOfficeConvertsTheWorkbookToPdfAndItsFirstPageRenders(Language language)
            throws IOException, InterruptedException {
        String soffice = program("soffice", "LibreOffice (Debian package libreoffice-calc)");
        String pdftoppm = program("pdftoppm", "poppler-utils");
        String name = "libreoffice-" + language.code();
        Path output = XlsxReportTest.OUTPUT.toAbsolutePath();
        Path xlsx = XlsxReportTest.write(ReportFixture.report(language), name + ".xlsx")
                .toAbsolutePath();
        Path pdf = output.resolve(name + ".pdf");
        Files.deleteIfExists(pdf);
        Path profile = Files.createTempDirectory(
                output.getParent().toAbsolutePath(), "soffice-profile-" + language.code() + "-");

        run(
                output.resolve(name + "-soffice.log"),
                soffice,
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                output.toString(),
                xlsx.toString());
        assertThat(pdf).as("the PDF LibreOffice writes").exists();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // the overview, a sheet per family, movements, cohorts, data and notes: a page at least each
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(8);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertThat(first).contains(ReportFixture.report(language).title());
            assertThat(first)
                    .contains(language == Language.JA ? "前期" : "Previous period")
                    .contains(language == Language.JA ? "データなし" : "no data")
                    .contains("33.33");
        }

        Path png = output.resolve(name + "-page1.png");
        Files.deleteIfExists(png);
        run(
                output.resolve(name + "-pdftoppm.log"),
                pdftoppm,
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                pdf.toString(),
                output.resolve(name + "-page1").toString());
        assertThat(png).as("the first page as PNG").exists();
        assertThat(Files.size(png)).as("bytes of %s", png).isGreaterThan(5_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(300);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        // text, header fill and the status colours: far more than a blank page's one colour
        assertThat(colours.size()).as("colours on %s", png).isGreaterThan(20);
    }

    /** The program's path, or a failure naming what to install. */
    private static String program(String name, String install) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return fail(name + " is not on the PATH; install " + install + " to run this test");
    }

    /** Runs a command with a timeout, its output to the log; fails on a timeout or an exit code but 0. */
    private static void run(Path log, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command[0] + " did not finish within " + TIMEOUT_SECONDS + " s; see " + log);
        }
        assertThat(process.exitValue())
                .as(
                        "exit code of %s; output:%n%s",
                        String.join(" ", command), Files.readString(log, StandardCharsets.UTF_8))
                .isZero();
    }
}
