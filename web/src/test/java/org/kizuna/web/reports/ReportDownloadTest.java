package org.kizuna.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.GoldenWorkspace.PASSWORD;
import static org.kizuna.web.GoldenWorkspace.VIEWER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.reports.ReportFormat;
import org.kizuna.web.Browser;
import org.kizuna.web.ServerTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * Reports downloaded from the dashboard's menu and the API, on the golden workspace (Japanese, folder "ws"):
 * each format saved under {@code target/downloads/} and opened again with the library that reads it, the
 * page's filter and breakdown carried into the file, and the parameters that are refused.
 *
 * <p>The figures are the golden data set's Net Promoter Scores (the testkit's GOLDEN.md): promoters score 9–10,
 * detractors 0–6, NPS = 100 × (promoters − detractors) / responses.
 */
@ServerTest
class ReportDownloadTest {

    /** June 2024: n09–n16, 8 answers, promoters n09 n10 n11 n15, detractors n13 n16: 100 × (4 − 2) / 8. */
    private static final String NPS_JUNE = "25.00";

    /** May 2024: n06 (4, D), n07 (8, A), n08 (10, P): 100 × (1 − 1) / 3. */
    private static final String NPS_MAY = "0.00";

    /** June, plan = pro: n09 n10 n11 P, n12 A, n13 n16 D: 100 × (3 − 2) / 6 = 16.666… */
    private static final String NPS_JUNE_PRO = "16.67";

    /** June, pro in kanto: n09 (c01) P, n10 (c02) P, n16 (c29) D: 100 × (2 − 1) / 3 = 33.333… */
    private static final String NPS_JUNE_PRO_KANTO = "33.33";

    private static final String NPS_NAME_JA =
            MetricCatalog.find("nps").orElseThrow().definition().name(Language.JA);

    private static final Path DOWNLOADS = Path.of("target", "downloads");
    private static final Pattern LINK = Pattern.compile("<a [^>]*data-format=\"(\\w+)\"[^>]*>");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Value("${local.server.port}")
    int port;

    private Browser viewer() {
        return Browser.signedIn(port, VIEWER, PASSWORD);
    }

    /** The overview's report of June 2024 in a format, through the link of the overview's menu. */
    private byte[] overviewReport(ReportFormat format) {
        Browser viewer = viewer();
        String link = menu(viewer, "/?period=2024-06").get(format.extension());
        assertThat(link).isEqualTo("/reports/download?period=2024-06&lang=ja&format=" + format.extension());
        return downloaded(viewer.download(link), format, "kizuna-ws-2024-06", "overview-2024-06");
    }

    @Test
    void csvOfTheOverview() {
        List<CsvRecord> rows = csv(overviewReport(ReportFormat.CSV));
        assertThat(rows.get(0).getFields()).startsWith("metric", "period", "segment_attribute", "segment_value");
        assertThat(rows)
                .anySatisfy(row -> assertThat(row.getFields()).startsWith("nps", "2024-06", "", "", NPS_JUNE, "points"))
                .anySatisfy(row -> assertThat(row.getFields()).startsWith("nps", "2024-05", "", "", NPS_MAY, "points"))
                .as("every metric of the catalogue")
                .anySatisfy(row -> assertThat(row.getField(0)).isEqualTo("mrr"))
                .anySatisfy(row -> assertThat(row.getField(0)).isEqualTo("referral_rate"));
    }

    /** The overview sheet holds NPS as a number, 25.00, on the line of its Japanese name. */
    @Test
    void xlsxOfTheOverview() throws IOException {
        byte[] file = overviewReport(ReportFormat.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet overview = workbook.getSheetAt(0);
            Row nps = null;
            for (Row row : overview) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().equals(NPS_NAME_JA)) {
                        nps = row;
                    }
                }
            }
            assertThat(nps)
                    .as("a line of " + NPS_NAME_JA + " on " + overview.getSheetName())
                    .isNotNull();
            List<Double> numbers = new ArrayList<>();
            for (Cell cell : nps) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    numbers.add(cell.getNumericCellValue());
                }
            }
            assertThat(numbers)
                    .anySatisfy(value -> assertThat(value).isCloseTo(25.00, org.assertj.core.data.Offset.offset(1e-9)));
        }
    }

    @Test
    void docxOfTheOverview() throws IOException {
        byte[] file = overviewReport(ReportFormat.DOCX);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains(NPS_NAME_JA, NPS_JUNE);
        }
    }

    @Test
    void pdfOfTheOverview() throws IOException {
        byte[] file = overviewReport(ReportFormat.PDF);
        try (PDDocument document = Loader.loadPDF(file)) {
            assertThat(new PDFTextStripper().getText(document)).contains(NPS_JUNE);
        }
    }

    /** A metric's page filtered to plan = pro and broken down by region downloads exactly that. */
    @Test
    void theFilterAndBreakdownOfAMetricsPageAreCarriedIntoItsReport() {
        Browser viewer = viewer();
        String link = menu(viewer, "/metrics/nps?period=2024-06&where=plan%3Dpro&by=region")
                .get("csv");
        assertThat(link)
                .isEqualTo("/reports/download?period=2024-06&where=plan%3Dpro&metric=nps&by=region&lang=ja&format=csv");
        List<CsvRecord> rows =
                csv(downloaded(viewer.download(link), ReportFormat.CSV, "kizuna-ws-2024-06-nps", "nps-pro-by-region"));
        assertThat(rows)
                .as("NPS alone")
                .allSatisfy(row -> assertThat(row.getField(0)).isIn("metric", "nps"))
                .anySatisfy(row ->
                        assertThat(row.getFields()).startsWith("nps", "2024-06", "plan", "pro", NPS_JUNE_PRO, "points"))
                .anySatisfy(row -> assertThat(row.getFields())
                        .startsWith("nps", "2024-06", "plan;region", "pro;kanto", NPS_JUNE_PRO_KANTO, "points"))
                .as("only pro's figures")
                .noneSatisfy(row -> assertThat(row.getField(4)).isEqualTo(NPS_JUNE));
    }

    /** The cohorts page downloads the retention family up to its last month. */
    @Test
    void theCohortsPageDownloadsTheRetentionFamily() {
        Browser viewer = viewer();
        String link = menu(viewer, "/cohorts?from=2024-01&to=2024-06").get("csv");
        assertThat(link).isEqualTo("/reports/download?period=2024-06&family=retention&lang=ja&format=csv");
        List<CsvRecord> rows = csv(
                downloaded(viewer.download(link), ReportFormat.CSV, "kizuna-ws-2024-06-retention", "cohorts-2024-06"));
        assertThat(rows)
                .anySatisfy(row -> assertThat(row.getField(0)).isEqualTo("churn_rate"))
                .noneSatisfy(row -> assertThat(row.getField(0)).isEqualTo("nps"));
    }

    @Test
    void theMenuOffersEveryFormatOnTheThreePages() {
        Browser viewer = viewer();
        for (String page : List.of("/?period=2024-06", "/metrics/nps?period=2024-06", "/cohorts?to=2024-06")) {
            assertThat(menu(viewer, page)).as(page).containsOnlyKeys("xlsx", "pdf", "docx", "csv");
            String html = viewer.get(page).body();
            assertThat(html).as(page).contains("<details class=\"download-menu\">", "<summary");
        }
        // The English page downloads an English report, and says so in its links.
        assertThat(menu(viewer, "/?period=2024-06&lang=en").get("pdf")).contains("lang=en");
    }

    /** Each parameter that cannot be used is named in a 400 page in the page's language, and no file is sent. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "period=2024-06                          | format",
                "format=odt                              | format",
                "format=csv&period=2024-13               | period",
                "format=csv&where=plan                   | where",
                "format=csv&where=shoe_size%3D42         | where",
                "format=csv&by=shoe_size                 | by",
                "format=csv&metric=nps,happiness         | metric",
                "format=csv&family=money                 | family",
                "format=csv&metric=nps&family=voice      | family",
                "format=csv&lang=fr                      | lang",
                "format=csv&bom=maybe                    | bom",
                "format=%3Cscript%3Ealert(1)%3C/script%3E | format"
            })
    void aParameterThatCannotBeUsedIsRefusedWithItsName(String query, String parameter) {
        Browser viewer = viewer();
        viewer.get("/account?lang=en");
        HttpResponse<String> english = viewer.get("/reports/download?" + query);
        assertThat(english.statusCode()).as(query).isEqualTo(400);
        assertThat(english.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(english.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(english.body())
                .contains("The report cannot be made: parameter " + parameter + ":")
                .doesNotContain("<script>alert(1)")
                .doesNotContainPattern("\\bat [\\w.$]+\\(");

        HttpResponse<String> api = viewer.get("/api/v1/reports?" + query);
        assertThat(api.statusCode()).as(query).isEqualTo(400);
        JsonNode error = json(api.body());
        assertThat(error.get("parameter").asText()).isEqualTo(parameter);
        assertThat(error.get("error").asText()).isNotBlank();
    }

    @Test
    void refusalsOfThePageAreInItsLanguage() {
        HttpResponse<String> japanese = viewer().get("/reports/download?format=odt&lang=ja");
        assertThat(japanese.statusCode()).isEqualTo(400);
        assertThat(japanese.body()).contains("レポートを作成できません。パラメータ format:", "「odt」はレポートの形式ではありません");
    }

    @Test
    void withoutSignInThePageLeadsToSignInAndTheApiAnswers401() {
        HttpResponse<String> page = new Browser(port).get("/reports/download?format=csv&period=2024-06");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        HttpResponse<String> api = new Browser(port).get("/api/v1/reports?format=csv&period=2024-06");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(json(api.body()).has("error")).isTrue();
    }

    /** The API answers a signed-in browser with the same file as the page. */
    @Test
    void theApiSendsTheSameFileToASession() {
        Browser viewer = viewer();
        byte[] api = downloaded(
                viewer.download("/api/v1/reports?format=csv&period=2024-06&metric=nps&where=plan=pro&bom=true"),
                ReportFormat.CSV,
                "kizuna-ws-2024-06-nps",
                "api-nps-pro");
        assertThat(api).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(csv(api))
                .anySatisfy(row -> assertThat(row.getFields())
                        .startsWith("nps", "2024-06", "plan", "pro", NPS_JUNE_PRO, "points"));
    }

    /** Reads the menu's links of a page: format → address, its {@code &amp;} made {@code &}. */
    static java.util.Map<String, String> menu(Browser browser, String page) {
        HttpResponse<String> response = browser.get(page);
        assertThat(response.statusCode()).as(page).isEqualTo(200);
        java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
        Matcher matcher = LINK.matcher(response.body());
        while (matcher.find()) {
            Matcher href = HREF.matcher(matcher.group());
            assertThat(href.find()).as(matcher.group()).isTrue();
            links.put(matcher.group(1), href.group(1).replace("&amp;", "&"));
        }
        assertThat(links).as(response.body()).isNotEmpty();
        return links;
    }

    /**
     * Checks a download's status, type and file name, saves it under {@code target/downloads/} and reads it back
     * from there.
     */
    static byte[] downloaded(HttpResponse<byte[]> response, ReportFormat format, String name, String savedAs) {
        assertThat(response.statusCode())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .replace(" ", "")
                        .toLowerCase(Locale.ROOT))
                .isEqualTo(format.mediaType().replace(" ", "").toLowerCase(Locale.ROOT));
        String file = name + "." + format.extension();
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + file + "\"; filename*=UTF-8''" + file);
        try {
            Path saved = Files.createDirectories(DOWNLOADS).resolve(savedAs + "." + format.extension());
            Files.write(saved, response.body());
            byte[] again = Files.readAllBytes(saved);
            assertThat(again).hasSize(response.body().length).isNotEmpty();
            return again;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CsvRecord> csv(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF ? 3 : 0;
        try (CsvReader<CsvRecord> reader =
                CsvReader.builder().ofCsvRecord(new String(file, start, file.length - start, StandardCharsets.UTF_8))) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
