package org.kizuna.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.cohort.CohortMeasure;
import org.kizuna.metrics.cohort.CohortTable;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarGrouping;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Writes {@link ReportFixture}'s report as Word documents in Japanese and English, reads them back with POI and
 * checks what they show against the fixture's figures.
 */
class DocxReportTest {

    private static final String INSTRUCTIONS =
            "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:instrText";

    static final Path OUTPUT = Path.of("target", "report-output");

    /** Writes the fixture's report in a language to {@code target/report-output/report-<lang>.docx}. */
    static Path write(Language language) throws IOException {
        return write(ReportFixture.report(language), "report-" + language.name().toLowerCase() + ".docx");
    }

    static Path write(Report report, String name) throws IOException {
        Files.createDirectories(OUTPUT);
        Path file = OUTPUT.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new DocxReport().write(report, out);
        }
        return file;
    }

    static XWPFDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static String name(String metric, Language language) {
        return MetricCatalog.find(metric).orElseThrow().definition().name(language);
    }

    @Test
    void titleAndHeadingsAreInOrderWithWordsBuiltInStyles() throws IOException {
        try (XWPFDocument document = read(write(Language.EN))) {
            XWPFParagraph title = document.getParagraphs().get(0);
            assertThat(title.getStyle()).isEqualTo("Title");
            assertThat(title.getText()).isEqualTo("Customer success report 2024-06");

            List<String> headings = new ArrayList<>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                if (paragraph.getStyle() != null && paragraph.getStyle().startsWith("Heading")) {
                    headings.add(paragraph.getStyle() + ": " + paragraph.getText());
                }
            }
            assertThat(headings)
                    .containsExactly(
                            "Heading1: Overview",
                            "Heading1: " + Family.VOICE.name(Language.EN),
                            "Heading2: " + name("nps", Language.EN),
                            "Heading2: " + name("csat", Language.EN),
                            "Heading1: " + Family.RETENTION.name(Language.EN),
                            "Heading2: " + name("churn_rate", Language.EN),
                            "Heading1: " + Family.REVENUE.name(Language.EN),
                            "Heading2: " + name("mrr", Language.EN),
                            "Heading1: MRR movements",
                            "Heading1: Customer retention by signup month",
                            "Heading1: Notes");
            // Word knows headings by their built-in names and outline levels.
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(document.getStyles()
                            .getStyle("Heading2")
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl()
                            .getVal()
                            .intValue())
                    .isEqualTo(1);
            assertThat(document.getStyles().getStyle("Title").getName()).isEqualTo("Title");
        }
    }

    @Test
    void japaneseReportIsInJapaneseAndEnglishInEnglish() throws Exception {
        String ja;
        String en;
        try (XWPFDocument document = read(write(Language.JA));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            ja = extractor.getText();
            XWPFParagraph title = document.getParagraphs().get(0);
            assertThat(title.getText()).isEqualTo("カスタマーサクセス・レポート 2024-06");
            CTFonts fonts = document.getStyle()
                    .getDocDefaults()
                    .getRPrDefault()
                    .getRPr()
                    .getRFontsArray(0);
            assertThat(fonts.getEastAsia()).isEqualTo("Yu Gothic");
            assertThat(document.getStyle()
                            .getDocDefaults()
                            .getRPrDefault()
                            .getRPr()
                            .getLangArray(0)
                            .getVal())
                    .isEqualTo("ja-JP");
        }
        try (XWPFDocument document = read(write(Language.EN));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            en = extractor.getText();
        }
        String npsFormulaJa =
                MetricCatalog.find("nps").orElseThrow().definition().formula(Language.JA);
        String npsFormulaEn =
                MetricCatalog.find("nps").orElseThrow().definition().formula(Language.EN);
        assertThat(ja)
                .contains(Family.VOICE.name(Language.JA), Family.RETENTION.name(Language.JA))
                .contains(Family.REVENUE.name(Language.JA), npsFormulaJa)
                .contains("概要", "MRRの増減", "契約開始月別の顧客継続率", "注記", "目次")
                .doesNotContain(Family.VOICE.name(Language.EN), npsFormulaEn);
        assertThat(en)
                .contains(Family.VOICE.name(Language.EN), Family.REVENUE.name(Language.EN), npsFormulaEn)
                .contains("Overview", "Contents")
                .doesNotContain(Family.VOICE.name(Language.JA), "概要");
    }

    @Test
    void detailsTableNamesWhatTheReportCovers() throws IOException {
        try (XWPFDocument document = read(write(Language.EN))) {
            assertThat(rows(document.getTables().get(0)))
                    .containsExactly(
                            List.of("Workspace", "acme"),
                            List.of("Period", "2024-06"),
                            List.of("Customers", "plan = pro"),
                            List.of("Breakdown by", "region"),
                            // generated 2024-07-01 09:30 in Asia/Tokyo
                            List.of("Generated", "2024-07-01 09:30 (Asia/Tokyo)"));
        }
    }

    @Test
    void overviewTableListsEveryMetricWithValueChangeTargetAndStatus() throws IOException {
        try (XWPFDocument document = read(write(Language.EN))) {
            XWPFTable overview = document.getTables().get(1);
            assertThat(overview.getRow(0).isRepeatHeader()).isTrue();
            String voice = Family.VOICE.name(Language.EN);
            assertThat(rows(overview))
                    .containsExactly(
                            List.of("Family", "Metric", "Value", "Change", "Target", "Status"),
                            // NPS 33.33 against 20.00 in May: 33.33 − 20.00 = +13.33; 33.33 ≥ 30 is met
                            List.of(voice, name("nps", Language.EN), "33.33 pt", "+13.33", "≥ 30", "Met"),
                            List.of(voice, name("csat", Language.EN), "no data", "", "", ""),
                            // churn 2.50 against 2.00: +0.50; 2.50 ≤ 2 is missed
                            List.of(
                                    Family.RETENTION.name(Language.EN),
                                    name("churn_rate", Language.EN),
                                    "2.50 %",
                                    "+0.50",
                                    "≤ 2",
                                    "Missed"),
                            // MRR 1,250,000 against 1,200,000: +50,000; no target
                            List.of(
                                    Family.REVENUE.name(Language.EN),
                                    name("mrr", Language.EN),
                                    "1,250,000 JPY",
                                    "+50,000",
                                    "",
                                    ""));
        }
        try (XWPFDocument document = read(write(Language.JA))) {
            List<List<String>> rows = rows(document.getTables().get(1));
            assertThat(rows.get(0)).containsExactly("分野", "指標", "値", "前期比", "目標", "達成状況");
            assertThat(rows.get(1))
                    .containsExactly(
                            Family.VOICE.name(Language.JA),
                            name("nps", Language.JA),
                            "33.33 pt",
                            "+13.33",
                            "≥ 30",
                            "達成");
            assertThat(rows.get(2)).contains("データなし");
            assertThat(rows.get(3)).contains("未達");
        }
    }

    @Test
    void eachMetricShowsItsFiguresFormulaAndBreakdown() throws IOException {
        try (XWPFDocument document = read(write(Language.EN))) {
            List<List<List<String>>> tables =
                    document.getTables().stream().map(DocxReportTest::rows).toList();
            String formula =
                    MetricCatalog.find("nps").orElseThrow().definition().formula(Language.EN);
            assertThat(tables)
                    .contains(List.of(
                            List.of("Value", "33.33 pt"),
                            List.of("Previous period (2024-05)", "20.00 pt"),
                            List.of("Change", "+13.33"),
                            List.of("Target", "≥ 30"),
                            List.of("Status", "Met"),
                            List.of("Formula", formula)));
            // NPS broken down by region: kanto 40.00, kansai 25.00
            assertThat(tables)
                    .contains(List.of(
                            List.of("Value of region", "Value"),
                            List.of("kanto", "40.00 pt"),
                            List.of("kansai", "25.00 pt")));
            assertThat(tables)
                    .contains(List.of(
                            List.of("Value", "no data"),
                            List.of("Previous period (2024-05)", "no data"),
                            List.of("Change", ""),
                            List.of(
                                    "Formula",
                                    MetricCatalog.find("csat")
                                            .orElseThrow()
                                            .definition()
                                            .formula(Language.EN))));
        }
    }

    @Test
    void everyMetricWithDataHasALineChartOfItsMonthsInAnExplicitColour() throws IOException {
        try (XWPFDocument document = read(write(Language.EN))) {
            // NPS, churn rate and MRR have months with data, CSAT none; then the waterfall. Lines take their
            // family's colour.
            List<XWPFChart> charts = document.getCharts();
            assertThat(charts).hasSize(4);
            List<String> months = List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06");
            Object[][] expected = {
                {"nps", Family.VOICE.ordinal(), List.of(10.0, 12.5, 15.0, 17.5, 20.0, 33.33)},
                {"churn_rate", Family.RETENTION.ordinal(), List.of(1.0, 1.5, 1.0, 2.0, 2.0, 2.5)},
                // 1,000,000 plus 50,000 a month
                {
                    "mrr",
                    Family.REVENUE.ordinal(),
                    List.of(1_000_000.0, 1_050_000.0, 1_100_000.0, 1_150_000.0, 1_200_000.0, 1_250_000.0)
                }
            };
            for (int c = 0; c < expected.length; c++) {
                var plot = charts.get(c).getCTChart().getPlotArea();
                assertThat(plot.getBarChartList()).isEmpty();
                assertThat(plot.getLineChartList()).hasSize(1);
                CTLineChart line = plot.getLineChartArray(0);
                assertThat(line.getSerList()).hasSize(1);
                CTLineSer series = line.getSerArray(0);
                assertThat(title(series.getTx())).isEqualTo(name((String) expected[c][0], Language.EN));
                assertThat(strings(series.getCat().getStrRef().getStrCache().getPtList()))
                        .isEqualTo(months);
                assertThat(numbers(series.getVal().getNumRef().getNumCache().getPtList()))
                        .isEqualTo(expected[c][2]);
                String colour = DocxReport.LINE_COLOURS.get((Integer) expected[c][1]);
                assertThat(hex(series.getSpPr()
                                .getLn()
                                .getSolidFill()
                                .getSrgbClr()
                                .getVal()))
                        .isEqualTo(colour);
                assertThat(hex(series.getMarker()
                                .getSpPr()
                                .getSolidFill()
                                .getSrgbClr()
                                .getVal()))
                        .isEqualTo(colour);
            }
        }
    }

    @Test
    void mrrMovementsAreATableAndAWaterfallOnAnInvisibleBase() throws IOException {
        try (XWPFDocument document = read(write(Language.EN))) {
            assertThat(document.getTables().stream().map(DocxReportTest::rows))
                    .contains(List.of(
                            List.of("MRR movements", "Amount"),
                            List.of("Opening MRR", "1,200,000 JPY"),
                            List.of("New", "100,000 JPY"),
                            List.of("Expansion", "20,000 JPY"),
                            List.of("Reactivation", "0 JPY"),
                            List.of("Contraction", "-10,000 JPY"),
                            List.of("Churn", "-60,000 JPY"),
                            List.of("Closing MRR", "1,250,000 JPY")));

            XWPFChart waterfall = document.getCharts().get(3);
            assertThat(waterfall.getCTChart().getPlotArea().getLineChartList()).isEmpty();
            CTBarChart bars = waterfall.getCTChart().getPlotArea().getBarChartArray(0);
            assertThat(bars.getGrouping().getVal()).isEqualTo(STBarGrouping.STACKED);
            assertThat(bars.getSerList()).hasSize(4);
            assertThat(bars.getSerList().stream().map(series -> title(series.getTx())))
                    .containsExactly("Base", "Increase", "Decrease", "Total");
            assertThat(strings(bars.getSerArray(0)
                            .getCat()
                            .getStrRef()
                            .getStrCache()
                            .getPtList()))
                    .containsExactly(
                            "Opening MRR", "New", "Expansion", "Reactivation", "Contraction", "Churn", "Closing MRR");
            // Running totals: 1,200,000 → +100,000 = 1,300,000 → +20,000 = 1,320,000 → +0 = 1,320,000;
            // a fall stands on what is left: 1,320,000 − 10,000 = 1,310,000, then − 60,000 = 1,250,000.
            assertThat(values(bars.getSerArray(0)))
                    .containsExactly(0.0, 1_200_000.0, 1_300_000.0, 1_320_000.0, 1_310_000.0, 1_250_000.0, 0.0);
            assertThat(values(bars.getSerArray(1))).containsExactly(0.0, 100_000.0, 20_000.0, 0.0, 0.0, 0.0, 0.0);
            assertThat(values(bars.getSerArray(2))).containsExactly(0.0, 0.0, 0.0, 0.0, 10_000.0, 60_000.0, 0.0);
            assertThat(values(bars.getSerArray(3))).containsExactly(1_200_000.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1_250_000.0);

            CTBarSer base = bars.getSerArray(0);
            assertThat(base.getSpPr().isSetNoFill()).isTrue();
            assertThat(base.getSpPr().getLn().isSetNoFill()).isTrue();
            assertThat(hex(bars.getSerArray(1)
                            .getSpPr()
                            .getSolidFill()
                            .getSrgbClr()
                            .getVal()))
                    .isEqualTo(DocxReport.UP);
            assertThat(hex(bars.getSerArray(2)
                            .getSpPr()
                            .getSolidFill()
                            .getSrgbClr()
                            .getVal()))
                    .isEqualTo(DocxReport.DOWN);
            assertThat(hex(bars.getSerArray(3)
                            .getSpPr()
                            .getSolidFill()
                            .getSrgbClr()
                            .getVal()))
                    .isEqualTo(DocxReport.TOTAL);
            // the base is left out of the legend
            var entry = waterfall.getCTChart().getLegend().getLegendEntryArray(0);
            assertThat(entry.getIdx().getVal()).isEqualTo(0);
            assertThat(entry.getDelete().getVal()).isTrue();
        }
    }

    @Test
    void cohortTableIsShadedDarkerForHigherRetention() throws IOException {
        try (XWPFDocument document = read(write(Language.EN))) {
            XWPFTable cohorts = document.getTables().stream()
                    .filter(table -> table.getRow(0).getCell(0).getText().equals("Signup month"))
                    .findFirst()
                    .orElseThrow();
            assertThat(rows(cohorts))
                    .containsExactly(
                            List.of("Signup month", "Customers", "Month 0", "Month 1", "Month 2"),
                            List.of("2024-04", "10", "100.00", "80.00", "70.00"),
                            List.of("2024-05", "20", "100.00", "90.00", ""),
                            List.of("2024-06", "5", "100.00", "", ""));
            XWPFTableRow april = cohorts.getRow(1);
            double hundred = lightness(april.getCell(2).getColor());
            double eighty = lightness(april.getCell(3).getColor());
            double seventy = lightness(april.getCell(4).getColor());
            double ninety = lightness(cohorts.getRow(2).getCell(3).getColor());
            assertThat(hundred).isLessThan(ninety);
            assertThat(ninety).isLessThan(eighty);
            assertThat(eighty).isLessThan(seventy);
            assertThat(seventy).isLessThan(lightness("FFFFFF"));
        }
    }

    @Test
    void notesListTheMetricsWithoutDataAndTheirFiles() throws IOException {
        try (XWPFDocument document = read(write(Language.EN))) {
            List<List<String>> notes =
                    rows(document.getTables().get(document.getTables().size() - 1));
            assertThat(notes)
                    .containsExactly(
                            List.of("Metric", "Family", "Counted from"),
                            List.of(
                                    name("csat", Language.EN),
                                    Family.VOICE.name(Language.EN),
                                    ReportSection.needs(Family.VOICE)));
        }
    }

    @Test
    void footerNumbersPagesAndContentsIsATableOfContentsField() throws IOException {
        try (XWPFDocument document = read(write(Language.EN))) {
            var footer = document.getFooterList().get(0).getParagraphs().get(0);
            assertThat(footer.getCTP().getFldSimpleList().stream()
                            .map(field -> field.getInstr().strip()))
                    .containsExactly("PAGE", "NUMPAGES");
            assertThat(footer.getText()).startsWith("Page ").contains(" of ");

            List<String> instructions = new ArrayList<>();
            List<String> entries = new ArrayList<>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                // field instructions in the paragraph's runs and in the runs of its links, in order
                for (XmlObject text : paragraph.getCTP().selectPath(INSTRUCTIONS)) {
                    instructions.add(((CTText) text).getStringValue().strip());
                }
                if (paragraph.getStyle() != null && paragraph.getStyle().matches("TOC[12]")) {
                    entries.add(paragraph.getText().strip());
                }
            }
            assertThat(instructions).containsExactly("TOC \\o \"1-2\" \\h \\z \\u");
            // the table of contents lists the eleven headings until Word updates it and adds their pages
            assertThat(entries).hasSize(11).startsWith("Overview").endsWith("Notes");
            assertThat(document.isEnforcedUpdateFields()).isTrue();
        }
    }

    @Test
    void reportWithoutMovementsCohortsBreakdownOrAnyDataIsWritten() throws IOException {
        Report full = ReportFixture.report(Language.EN);
        List<ReportSection> empty =
                List.of(full.sections().get(0), noData(full.sections().get(1)));
        Report bare = new Report(
                Language.EN,
                full.workspace(),
                full.period(),
                Map.of(),
                null,
                full.generatedAt(),
                full.currency(),
                empty,
                List.of(),
                null);
        try (XWPFDocument document = read(write(bare, "report-bare.docx"))) {
            // NPS alone has data: one chart, no waterfall
            assertThat(document.getCharts()).hasSize(1);
            List<String> headings = document.getParagraphs().stream()
                    .filter(paragraph -> "Heading1".equals(paragraph.getStyle()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(headings)
                    .containsExactly(
                            "Overview", Family.VOICE.name(Language.EN), Family.RETENTION.name(Language.EN), "Notes");
            assertThat(rows(document.getTables().get(0)))
                    .contains(List.of("Customers", "All customers"), List.of("Breakdown by", "(none)"));
            assertThat(rows(document.getTables().get(document.getTables().size() - 1)))
                    .hasSize(3)
                    .contains(List.of(
                            name("churn_rate", Language.EN),
                            Family.RETENTION.name(Language.EN),
                            ReportSection.needs(Family.RETENTION)));
        }
    }

    /** The whole catalogue: a chart per metric and the waterfall (speed: kizuna bench-report). */
    @Test
    void wholeCatalogueHasAChartPerMetric() throws IOException {
        Report catalogue = catalogue();
        assertThat(catalogue.metrics()).hasSizeGreaterThanOrEqualTo(45);
        Path file = write(catalogue, "report-catalogue.docx");
        try (XWPFDocument document = read(file)) {
            // one line chart per metric (every one has twelve months of data) and the waterfall
            assertThat(document.getCharts()).hasSize(catalogue.metrics().size() + 1);
        }
    }

    /** Every metric of the catalogue with twelve months of made-up values, and the fixture's MRR movements. */
    private static Report catalogue() {
        Report fixture = ReportFixture.report(Language.JA);
        List<ReportSection> sections = new ArrayList<>();
        for (Family family : Family.values()) {
            List<ReportMetric> metrics = new ArrayList<>();
            for (var metric : MetricCatalog.all()) {
                if (metric.definition().family() != family) {
                    continue;
                }
                String unit = metric.definition().unit().id("JPY");
                List<MetricResult> series = new ArrayList<>();
                for (int month = 1; month <= 12; month++) {
                    series.add(new MetricResult(
                            metric.definition().id(),
                            String.format("2023-%02d", month),
                            Segment.ALL,
                            new BigDecimal(month * 10 + ".00"),
                            unit,
                            Map.of(),
                            null,
                            null,
                            null));
                }
                metrics.add(new ReportMetric(metric.definition(), series.get(11), series.get(10), series, List.of()));
            }
            sections.add(new ReportSection(family, family.name(Language.JA), ReportSection.needs(family), metrics));
        }
        return new Report(
                Language.JA,
                "acme",
                fixture.period(),
                Map.of(),
                null,
                fixture.generatedAt(),
                "JPY",
                sections,
                fixture.movements(),
                cohorts());
    }

    /** Thirteen cohorts of 2023-06 to 2024-06, each losing 5 points a month: a table as wide as they come. */
    private static CohortTable cohorts() {
        List<CohortTable.Row> rows = new ArrayList<>();
        for (int cohort = 0; cohort < 13; cohort++) {
            List<BigDecimal> cells = new ArrayList<>();
            for (int month = 0; month < 13 - cohort; month++) {
                cells.add(new BigDecimal(100 - 5 * month + ".00"));
            }
            rows.add(
                    new CohortTable.Row(YearMonth.of(2023, 6).plusMonths(cohort).toString(), 100, cells));
        }
        return new CohortTable(CohortMeasure.of("retention"), "percent", rows);
    }

    private static ReportSection noData(ReportSection section) {
        List<ReportMetric> metrics = section.metrics().stream()
                .map(metric -> new ReportMetric(
                        metric.definition(),
                        withoutValue(metric.current()),
                        withoutValue(metric.previous()),
                        metric.series().stream()
                                .map(DocxReportTest::withoutValue)
                                .toList(),
                        List.of()))
                .toList();
        return new ReportSection(section.family(), section.name(), section.needs(), metrics);
    }

    private static MetricResult withoutValue(MetricResult result) {
        return new MetricResult(
                result.metric(), result.period(), result.segment(), null, result.unit(), Map.of(), null, null, null);
    }

    static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream()
                .map(row ->
                        row.getTableCells().stream().map(cell -> cell.getText()).toList())
                .toList();
    }

    private static String title(CTSerTx title) {
        return title.getStrRef().getStrCache().getPtArray(0).getV();
    }

    private static List<String> strings(List<CTStrVal> points) {
        return points.stream().map(CTStrVal::getV).toList();
    }

    private static List<Double> numbers(List<CTNumVal> points) {
        return points.stream().map(point -> Double.parseDouble(point.getV())).toList();
    }

    private static List<Double> values(CTBarSer series) {
        return numbers(series.getVal().getNumRef().getNumCache().getPtList());
    }

    private static String hex(byte[] rgb) {
        return HexFormat.of().withUpperCase().formatHex(rgb);
    }

    /** The mean of a colour's channels, 0 (black) to 255 (white). */
    private static double lightness(String rgb) {
        byte[] channels = HexFormat.of().parseHex(rgb);
        return ((channels[0] & 0xFF) + (channels[1] & 0xFF) + (channels[2] & 0xFF)) / 3.0;
    }
}
