package org.kizuna.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.Language;

/**
 * Renders the first page and a chart page of the fixture's reports to PNG with poppler's {@code pdftoppm}, as a
 * viewer would show them, into {@code target/report-output/} for a person to look at; and checks the pictures
 * are A4 pages with text and the chart's colours on them.
 */
class PdfRenderingTest {

    @Test
    void firstPageAndChartPagesRenderInBothLanguages() throws Exception {
        for (Language language : Language.values()) {
            String name = "report-" + language.name().toLowerCase();
            Path pdf = PdfFiles.write(ReportFixture.report(language), name);
            String voice = ReportFixture.report(language).sections().get(0).name();
            String movements = ReportFixture.report(language).text("movements");
            int voicePage;
            int movementsPage;
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                List<String> pages = PdfFiles.pages(document);
                voicePage = startingWith(pages, voice);
                movementsPage = startingWith(pages, movements);
            }

            BufferedImage first = render(pdf, 1, name + "-page1");
            assertA4(first);
            assertThat(darkShare(first)).as("text on page 1").isGreaterThan(0.002);

            // NPS's line is drawn in blue (#1f5fbf).
            BufferedImage series = render(pdf, voicePage, name + "-series");
            assertA4(series);
            assertThat(share(series, 0x1f, 0x5f, 0xbf))
                    .as("blue line on page %d", voicePage)
                    .isGreaterThan(0.0005);

            // The waterfall's rises are green (#2e8b57) and its falls red (#c62828).
            BufferedImage waterfall = render(pdf, movementsPage, name + "-waterfall");
            assertThat(share(waterfall, 0x2e, 0x8b, 0x57)).as("green bars").isGreaterThan(0.001);
            assertThat(share(waterfall, 0xc6, 0x28, 0x28)).as("red bars").isGreaterThan(0.001);
        }
    }

    private static int startingWith(List<String> pages, String heading) {
        for (int page = 1; page < pages.size(); page++) {
            if (pages.get(page).strip().startsWith(heading)) {
                return page + 1;
            }
        }
        return fail("no page starts with " + heading);
    }

    /** Renders one page at 80 dpi to {@code target/report-output/NAME.png} with pdftoppm and reads it back. */
    private static BufferedImage render(Path pdf, int page, String name) throws Exception {
        Path prefix = PdfFiles.OUTPUT.resolve(name);
        Path png = PdfFiles.OUTPUT.resolve(name + ".png");
        Files.deleteIfExists(png);
        List<String> command = List.of(
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                String.valueOf(page),
                "-l",
                String.valueOf(page),
                "-singlefile",
                pdf.toString(),
                prefix.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            return fail("pdftoppm (Debian package poppler-utils) is needed to render the PDF reports: " + missing);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return fail("pdftoppm took over 60 s on " + pdf);
        }
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as("pdftoppm exit code: %s", output).isZero();
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as(png.toString()).isNotNull();
        return image;
    }

    /** A4 (210 × 297 mm) at 80 dpi: 661 × 935 pixels. */
    private static void assertA4(BufferedImage image) {
        assertThat(image.getWidth()).isBetween(659, 663);
        assertThat(image.getHeight()).isBetween(933, 937);
    }

    private static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 128) {
                    dark++;
                }
            }
        }
        return (double) dark / (image.getWidth() * image.getHeight());
    }

    /** The share of pixels within a small distance of a colour. */
    private static double share(BufferedImage image, int red, int green, int blue) {
        long near = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - red) < 24
                        && Math.abs(((rgb >> 8) & 0xff) - green) < 24
                        && Math.abs((rgb & 0xff) - blue) < 24) {
                    near++;
                }
            }
        }
        return (double) near / (image.getWidth() * image.getHeight());
    }
}
