package org.kizuna.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Segment;

/**
 * Writes {@link ReportFixture}'s report as PDF files in {@code target/report-output/}, opens them again with
 * PDFBox and checks their text, fonts, outline, table of contents and charts.
 */
class PdfReportTest {

    /** The fixture's sections in order, with their headings in English and Japanese. */
    private static final List<String> SECTIONS_EN = List.of(
            "Overview",
            "Voice of the customer",
            "Retention and churn",
            "Revenue and value",
            "MRR movements",
            "Customer retention by signup month (%)",
            "Notes");

    private static final List<String> SECTIONS_JA =
            List.of("概要", "顧客の声", "継続と解約", "収益と価値", "MRRの増減", "契約開始月別の顧客継続率 (%)", "注記");

    @Test
    void japaneseReportShowsTheTitleFamiliesMetricsAndFigures() throws IOException {
        try (PDDocument pdf = open(Language.JA)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = String.join("\n", PdfFiles.pages(pdf));
            assertThat(text)
                    .contains("カスタマーサクセス・レポート 2024-06", "ワークスペース acme", "対象顧客 plan = pro", "内訳 region")
                    .contains("作成日時 2024-07-01 09:30")
                    .contains("目次", "顧客の声", "継続と解約", "収益と価値")
                    .contains("ネットプロモータースコア", "月間経常収益", "チャーンレート / 解約率")
                    .contains("達成", "未達", "データなし", "計算式")
                    // NPS target ≥ 30 is written with the font's own sign ≧.
                    .contains("≧ 30", "≦ 2");
            assertFigures(text);
        }
    }

    @Test
    void englishReportShowsTheTitleFamiliesMetricsAndFigures() throws IOException {
        try (PDDocument pdf = open(Language.EN)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = String.join("\n", PdfFiles.pages(pdf));
            assertThat(text)
                    .contains("Customer success report 2024-06", "Workspace acme", "Customers plan = pro")
                    .contains("Breakdown by region", "Generated 2024-07-01 09:30")
                    .contains("Contents", "Voice of the customer", "Retention and churn", "Revenue and value")
                    .contains("Net Promoter Score", "Monthly recurring revenue", "Customer churn rate")
                    .contains("Met", "Missed", "no data", "Formula")
                    .doesNotContain("顧客の声");
            assertFigures(text);
        }
    }

    /** The fixture's figures, as both languages write them. */
    private static void assertFigures(String text) {
        assertThat(text)
                // NPS 33.33, May 20.00: change 33.33 − 20.00 = +13.33; breakdown kanto 40.00, kansai 25.00.
                .contains("33.33 pt", "20.00 pt", "+13.33 pt", "kanto 40.00 pt", "kansai 25.00 pt")
                // churn 2.50 %, May 2.00 %: change +0.50.
                .contains("2.50 %", "+0.50 %")
                // MRR 1,250,000, May 1,200,000: change +50,000.
                .contains("1,250,000 JPY", "1,200,000 JPY", "+50,000 JPY")
                // movements: +100,000 new, +20,000 expansion, −10,000 contraction, −60,000 churned.
                .contains("+100,000 JPY", "+20,000 JPY", "-10,000 JPY", "-60,000 JPY")
                // cohorts: 2024-04 of 10 at 100, 80, 70; 2024-05 of 20 at 100, 90; 2024-06 of 5 at 100.
                .contains("2024-04 10 100.00 80.00 70.00", "2024-05 20 100.00 90.00", "2024-06 5 100.00");
    }

    @Test
    void everyPageIsNumberedInItsLanguage() throws IOException {
        for (Language language : Language.values()) {
            try (PDDocument pdf = open(language)) {
                List<String> pages = PdfFiles.pages(pdf);
                int total = pages.size();
                for (int page = 1; page <= total; page++) {
                    String expected =
                            language == Language.JA ? page + " / " + total + " ページ" : "Page " + page + " of " + total;
                    assertThat(pages.get(page - 1)).as("page %d", page).contains(expected);
                }
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAndTheJapaneseFontIsUsed() throws IOException {
        for (Language language : Language.values()) {
            try (PDDocument pdf = open(language)) {
                List<String> names = new ArrayList<>();
                for (PDPage page : pdf.getPages()) {
                    fonts(page.getResources(), names, 0);
                }
                assertThat(names).isNotEmpty().allMatch(name -> name.contains("IPAexGothic"));
            }
        }
    }

    /** Collects the fonts of the resources and of the forms in them, checking each is embedded. */
    private static void fonts(PDResources resources, List<String> names, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            PDFontDescriptor descriptor = font.getFontDescriptor();
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(descriptor).as(font.getName()).isNotNull();
            assertThat(descriptor.getFontFile2() != null || descriptor.getFontFile3() != null)
                    .as("%s has a FontFile2 or FontFile3", font.getName())
                    .isTrue();
            names.add(font.getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                fonts(form.getResources(), names, depth + 1);
            }
        }
    }

    @Test
    void theOutlineHasASectionPerPartAndTheFamiliesHoldTheirMetrics() throws IOException {
        try (PDDocument pdf = open(Language.EN)) {
            Map<String, List<String>> outline = new LinkedHashMap<>();
            for (PDOutlineItem item :
                    pdf.getDocumentCatalog().getDocumentOutline().children()) {
                List<String> children = new ArrayList<>();
                item.children().forEach(child -> children.add(child.getTitle()));
                outline.put(item.getTitle(), children);
            }
            assertThat(outline.keySet()).containsExactlyElementsOf(SECTIONS_EN);
            assertThat(outline.get("Voice of the customer"))
                    .containsExactly("Net Promoter Score", "Customer satisfaction score");
            assertThat(outline.get("Retention and churn")).containsExactly("Customer churn rate");
            assertThat(outline.get("Revenue and value")).containsExactly("Monthly recurring revenue");
        }
        try (PDDocument pdf = open(Language.JA)) {
            List<String> titles = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> titles.add(item.getTitle()));
            assertThat(titles).containsExactlyElementsOf(SECTIONS_JA);
        }
    }

    @Test
    void theContentsGiveThePagesWhereTheSectionsAndBookmarksStart() throws IOException {
        for (Language language : Language.values()) {
            List<String> sections = language == Language.JA ? SECTIONS_JA : SECTIONS_EN;
            try (PDDocument pdf = open(language)) {
                List<String> pages = PdfFiles.pages(pdf);
                Map<String, Integer> contents = contents(pages.get(0), sections);
                assertThat(contents.keySet()).containsExactlyElementsOf(sections);
                int before = 1;
                for (String section : sections) {
                    int page = contents.get(section);
                    assertThat(page).as(section).isGreaterThan(before);
                    assertThat(pages.get(page - 1).strip())
                            .as("page %d starts with %s", page, section)
                            .startsWith(section);
                    before = page;
                }
                for (PDOutlineItem item :
                        pdf.getDocumentCatalog().getDocumentOutline().children()) {
                    int page = pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1;
                    assertThat(page).as("bookmark %s", item.getTitle()).isEqualTo(contents.get(item.getTitle()));
                }
            }
        }
    }

    /** The contents' lines on the first page: each section's heading and the page number after it. */
    private static Map<String, Integer> contents(String firstPage, List<String> sections) {
        Map<String, Integer> contents = new LinkedHashMap<>();
        for (String line : firstPage.split("\\R")) {
            for (String section : sections) {
                Matcher matcher =
                        Pattern.compile(Pattern.quote(section) + " (\\d+)").matcher(line.strip());
                if (matcher.matches()) {
                    contents.put(section, Integer.parseInt(matcher.group(1)));
                }
            }
        }
        return contents;
    }

    @Test
    void chartsAreVectorDrawingsOnTheirPages() throws IOException {
        try (PDDocument pdf = open(Language.EN)) {
            List<String> pages = PdfFiles.pages(pdf);
            Map<String, Integer> contents = contents(pages.get(0), SECTIONS_EN);
            // Series charts for NPS, churn and MRR (CSAT has no data, so no chart), and the MRR waterfall.
            List<Map<String, Integer>> all = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                all.addAll(drawings(page));
            }
            assertThat(all).hasSize(4);
            // NPS's six months: one stroked line through them and a dot on each.
            List<Map<String, Integer>> voice = drawings(pdf.getPage(contents.get("Voice of the customer") - 1));
            assertThat(voice).hasSize(1);
            assertThat(voice.get(0).getOrDefault("f", 0)).isGreaterThanOrEqualTo(6);
            assertThat(voice.get(0).getOrDefault("l", 0)).isGreaterThanOrEqualTo(5);
            // The waterfall's seven bars, filled.
            List<Map<String, Integer>> waterfall = drawings(pdf.getPage(contents.get("MRR movements") - 1));
            assertThat(waterfall).hasSize(1);
            assertThat(waterfall.get(0).getOrDefault("f", 0)).isGreaterThanOrEqualTo(7);
            assertThat(drawings(pdf.getPage(contents.get("Notes") - 1))).isEmpty();
        }
    }

    /** The operators of each drawing (form XObject with paths) placed on the page, counted by name. */
    private static List<Map<String, Integer>> drawings(PDPage page) throws IOException {
        List<Map<String, Integer>> drawings = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                Map<String, Integer> operators = new HashMap<>();
                for (Object token : new PDFStreamParser(form).parse()) {
                    if (token instanceof Operator operator) {
                        operators.merge(operator.getName(), 1, Integer::sum);
                    }
                }
                if (operators.containsKey("S") || operators.containsKey("f")) {
                    drawings.add(operators);
                }
            }
        }
        return drawings;
    }

    @Test
    void aReportWithoutBreakdownMovementsCohortsOrAnyDataStillWrites() throws IOException {
        Report full = ReportFixture.report(Language.EN);
        ReportSection voice = full.sections().get(0);
        ReportSection csatOnly = new ReportSection(
                voice.family(),
                voice.name(),
                voice.needs(),
                List.of(voice.metrics().get(1)));
        Report empty = new Report(
                Language.EN,
                "a <b> & \"c\"",
                full.period(),
                Map.of(),
                null,
                full.generatedAt(),
                "JPY",
                List.of(csatOnly),
                List.of(),
                null);
        Path file = PdfFiles.write(empty, "report-empty-en");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<String> pages = PdfFiles.pages(pdf);
            String text = String.join("\n", pages);
            assertThat(text)
                    .contains("Workspace a <b> & \"c\"", "Customers All customers", "Breakdown by —")
                    .contains("Customer satisfaction score", "Notes", "surveys.csv")
                    .doesNotContain("MRR movements", "Customer retention by signup month", "Month by month");
            assertThat(pages.get(pages.size() - 1)).contains("Page " + pages.size() + " of " + pages.size());
            List<Map<String, Integer>> drawings = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                drawings.addAll(drawings(page));
            }
            assertThat(drawings).isEmpty();
        }
    }

    @Test
    void aFullCatalogueReportWritesQuicklyAndRepeatsTableHeadersOnEveryPage() throws IOException {
        Report report = catalogue(Language.JA);
        assertThat(report.metrics()).hasSizeGreaterThanOrEqualTo(45);
        PdfFiles.write(report, "report-catalogue-warmup");
        long start = System.nanoTime();
        Path file = PdfFiles.write(report, "report-catalogue-ja");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "PDF report of %d metrics written in %d ms%n", report.metrics().size(), millis);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<String> pages = PdfFiles.pages(pdf);
            List<String> sections = new ArrayList<>(List.of("概要"));
            report.sections().forEach(section -> sections.add(section.name()));
            Map<String, Integer> contents = contents(pages.get(0), sections);
            int overview = contents.get("概要");
            int firstFamily = contents.get(report.sections().get(0).name());
            // Every metric is a row of the overview: more than one page of rows, each page with the header.
            assertThat(firstFamily - overview).isGreaterThanOrEqualTo(2);
            for (int page = overview; page < firstFamily; page++) {
                assertThat(pages.get(page - 1)).as("page %d", page).contains("分野 指標 値 前期比 目標 達成状況");
            }
        }
    }

    /**
     * A report of every metric in the catalogue, each shaped like the fixture's NPS: a value, the period before,
     * twelve months of series and a breakdown by region into two values.
     */
    private static Report catalogue(Language language) {
        Report fixture = ReportFixture.report(language);
        Map<Family, List<ReportMetric>> byFamily = new LinkedHashMap<>();
        for (Metric metric : MetricCatalog.all()) {
            MetricDefinition definition = metric.definition();
            String unit = definition.unit().id("JPY");
            List<MetricResult> series = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                series.add(result(
                        definition.id(),
                        Period.parse("2023-06")
                                .wholeMonths()
                                .get(0)
                                .plusMonths(month)
                                .toString(),
                        Segment.ALL,
                        new BigDecimal(10 + month + ".50"),
                        unit));
            }
            byFamily.computeIfAbsent(definition.family(), family -> new ArrayList<>())
                    .add(new ReportMetric(
                            definition,
                            result(definition.id(), "2024-06", Segment.ALL, new BigDecimal("22.50"), unit),
                            result(definition.id(), "2024-05", Segment.ALL, new BigDecimal("21.50"), unit),
                            series,
                            List.of(
                                    result(
                                            definition.id(),
                                            "2024-06",
                                            Segment.of("region", "kanto"),
                                            new BigDecimal("30.00"),
                                            unit),
                                    result(
                                            definition.id(),
                                            "2024-06",
                                            Segment.of("region", "kansai"),
                                            new BigDecimal("15.00"),
                                            unit))));
        }
        List<ReportSection> sections = new ArrayList<>();
        byFamily.forEach((family, metrics) ->
                sections.add(new ReportSection(family, family.name(language), ReportSection.needs(family), metrics)));
        return new Report(
                language,
                fixture.workspace(),
                fixture.period(),
                fixture.where(),
                "region",
                ZonedDateTime.of(2024, 7, 1, 9, 30, 0, 0, ZoneId.of("Asia/Tokyo")),
                "JPY",
                sections,
                fixture.movements(),
                fixture.cohorts());
    }

    private static MetricResult result(String metric, String period, Segment segment, BigDecimal value, String unit) {
        return new MetricResult(metric, period, segment, value, unit, Map.of(), null, null, null);
    }

    private static PDDocument open(Language language) throws IOException {
        Path file = PdfFiles.write(
                ReportFixture.report(language), "report-" + language.name().toLowerCase());
        return Loader.loadPDF(file.toFile());
    }
}
