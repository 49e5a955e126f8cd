package org.kizuna.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.XDDFColorRgbBinary;
import org.apache.poi.xddf.usermodel.XDDFFillProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Segment;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;

/**
 * Writes {@link ReportFixture}'s report as XLSX files under {@code target/report-output/}, reads them back with
 * POI and checks the sheets, figures, labels and charts against the fixture's documented figures.
 */
class XlsxReportTest {

    static final Path OUTPUT = Path.of("target", "report-output");

    private static final String GREY = "808080";

    /** Writes the report to {@code target/report-output/NAME}. */
    static Path write(Report report, String name) throws IOException {
        Files.createDirectories(OUTPUT);
        Path file = OUTPUT.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxReport().write(report, out);
        }
        return file;
    }

    private static XSSFWorkbook written(Report report, String name) throws IOException {
        try (InputStream in = Files.newInputStream(write(report, name))) {
            return new XSSFWorkbook(in);
        }
    }

    private static XSSFWorkbook english() throws IOException {
        return written(ReportFixture.report(Language.EN), "report-en.xlsx");
    }

    private static XSSFWorkbook japanese() throws IOException {
        return written(ReportFixture.report(Language.JA), "report-ja.xlsx");
    }

    private static String name(String metric, Language language) {
        return MetricCatalog.find(metric).orElseThrow().definition().name(language);
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The row whose cell in the column has the text. */
    private static Row rowWith(XSSFSheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + sheet.getSheetName() + " has \"" + text + "\" in column " + column);
    }

    private static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell).as("cell %d of row %d", column, row.getRowNum()).isNotNull();
        assertThat(cell.getCellType())
                .as("cell %d of row %d", column, row.getRowNum())
                .isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static String fontColour(Cell cell) {
        XSSFColor colour = ((XSSFCell) cell).getCellStyle().getFont().getXSSFColor();
        return colour == null ? null : colour.getARGBHex().substring(2);
    }

    private static int frozenRows(XSSFSheet sheet) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as("panes of %s", sheet.getSheetName()).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        return pane.getHorizontalSplitTopRow();
    }

    private static List<XSSFChart> charts(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        return drawing == null ? List.of() : drawing.getCharts();
    }

    private static byte[] solidColour(XDDFFillProperties fill) {
        assertThat(fill).isInstanceOf(XDDFSolidFillProperties.class);
        assertThat(((XDDFSolidFillProperties) fill).getColor()).isInstanceOf(XDDFColorRgbBinary.class);
        return ((XDDFColorRgbBinary) ((XDDFSolidFillProperties) fill).getColor()).getValue();
    }

    @Test
    void sheetsComeInOrderNamedInTheReportsLanguage() throws IOException {
        try (XSSFWorkbook en = english();
                XSSFWorkbook ja = japanese()) {
            assertThat(sheetNames(en))
                    .containsExactly(
                            "Overview",
                            "Voice of the customer",
                            "Retention and churn",
                            "Revenue and value",
                            "MRR movements",
                            "Retention cohorts",
                            "Data",
                            "Notes");
            assertThat(sheetNames(ja))
                    .containsExactly("概要", "顧客の声", "継続と解約", "収益と価値", "MRRの増減", "継続率コホート", "データ", "注記");
        }
    }

    @Test
    void overviewHoldsTheHeadingAndEveryMetricAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = english()) {
            XSSFSheet overview = workbook.getSheet("Overview");
            assertThat(text(overview.getRow(0), 0)).isEqualTo("Customer success report 2024-06");
            assertThat(text(rowWith(overview, 0, "Workspace"), 1)).isEqualTo("acme");
            assertThat(text(rowWith(overview, 0, "Period"), 1)).isEqualTo("2024-06");
            assertThat(text(rowWith(overview, 0, "Customers"), 1)).isEqualTo("plan = pro");
            assertThat(text(rowWith(overview, 0, "Breakdown by"), 1)).isEqualTo("region");
            Row generated = rowWith(overview, 0, "Generated");
            assertThat(generated.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 7, 1, 9, 30));
            assertThat(text(generated, 2)).isEqualTo("Asia/Tokyo");

            Row header = rowWith(overview, 0, "Family");
            assertThat(List.of(
                            text(header, 1),
                            text(header, 2),
                            text(header, 3),
                            text(header, 4),
                            text(header, 5),
                            text(header, 6),
                            text(header, 7)))
                    .containsExactly("Metric", "Value", "Unit", "Previous period", "Change", "Target", "Status");
            assertThat(frozenRows(overview)).isEqualTo(header.getRowNum() + 1);

            Row nps = rowWith(overview, 1, name("nps", Language.EN));
            assertThat(text(nps, 0)).isEqualTo("Voice of the customer");
            assertThat(number(nps, 2)).isEqualTo(33.33);
            assertThat(nps.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(text(nps, 3)).isEqualTo("pt");
            assertThat(number(nps, 4)).isEqualTo(20.00);
            // 33.33 − 20.00
            assertThat(number(nps, 5)).isCloseTo(13.33, within(1e-9));
            assertThat(fontColour(nps.getCell(5))).isEqualTo("1B5E20");
            assertThat(number(nps, 6)).isEqualTo(30);
            assertThat(nps.getCell(6).getCellStyle().getDataFormatString()).startsWith("\"≥ \"");
            assertThat(text(nps, 7)).isEqualTo("Met");

            Row mrr = rowWith(overview, 1, name("mrr", Language.EN));
            assertThat(number(mrr, 2)).isEqualTo(1_250_000);
            assertThat(mrr.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(text(mrr, 3)).isEqualTo("JPY");
            assertThat(number(mrr, 4)).isEqualTo(1_200_000);
            // 1,250,000 − 1,200,000
            assertThat(number(mrr, 5)).isEqualTo(50_000);
            assertThat(mrr.getCell(6)).isNull();
            assertThat(text(mrr, 7)).isEmpty();

            Row churn = rowWith(overview, 1, name("churn_rate", Language.EN));
            assertThat(number(churn, 2)).isEqualTo(2.50);
            assertThat(text(churn, 3)).isEqualTo("%");
            assertThat(number(churn, 4)).isEqualTo(2.00);
            // 2.50 − 2.00, a rise of churn: bad news in red
            assertThat(number(churn, 5)).isCloseTo(0.50, within(1e-9));
            assertThat(fontColour(churn.getCell(5))).isEqualTo("B71C1C");
            assertThat(number(churn, 6)).isEqualTo(2);
            assertThat(churn.getCell(6).getCellStyle().getDataFormatString()).startsWith("\"≤ \"");
            // 2.50 > 2: missed
            assertThat(text(churn, 7)).isEqualTo("Missed");

            Row csat = rowWith(overview, 1, name("csat", Language.EN));
            for (int column : new int[] {2, 4}) {
                assertThat(csat.getCell(column).getCellType()).isEqualTo(CellType.STRING);
                assertThat(text(csat, column)).isEqualTo("no data");
                assertThat(fontColour(csat.getCell(column))).isEqualTo(GREY);
            }
            assertThat(csat.getCell(5)).isNull();
            assertThat(text(csat, 7)).isEmpty();
        }
    }

    @Test
    void japaneseWorkbookSpeaksJapaneseAndEnglishOneEnglish() throws IOException {
        try (XSSFWorkbook ja = japanese();
                XSSFWorkbook en = english()) {
            XSSFSheet overview = ja.getSheet("概要");
            assertThat(text(overview.getRow(0), 0)).isEqualTo("カスタマーサクセス・レポート 2024-06");
            assertThat(text(rowWith(overview, 0, "ワークスペース"), 1)).isEqualTo("acme");
            assertThat(text(rowWith(overview, 0, "対象顧客"), 1)).isEqualTo("plan = pro");
            Row header = rowWith(overview, 0, "分野");
            assertThat(text(header, 1)).isEqualTo("指標");
            assertThat(text(header, 4)).isEqualTo("前期");
            assertThat(text(rowWith(overview, 1, name("nps", Language.JA)), 7)).isEqualTo("達成");
            assertThat(text(rowWith(overview, 1, name("churn_rate", Language.JA)), 7))
                    .isEqualTo("未達");
            assertThat(text(rowWith(overview, 1, name("csat", Language.JA)), 2)).isEqualTo("データなし");
            assertThat(text(rowWith(overview, 1, name("mrr", Language.JA)), 0)).isEqualTo("収益と価値");

            XSSFSheet voice = ja.getSheet("顧客の声");
            Row nps = rowWith(voice, 0, name("nps", Language.JA));
            assertThat(text(nps, 3))
                    .isEqualTo(
                            MetricCatalog.find("nps").orElseThrow().definition().formula(Language.JA));
            assertThat(text(voice.getRow(XlsxReport.HEADER_ROW), 3)).isEqualTo("計算式");
            assertThat(text(ja.getSheet("MRRの増減").getRow(XlsxReport.HEADER_ROW + 2), 0))
                    .isEqualTo("新規");
            assertThat(text(ja.getSheet("データ").getRow(0), 1)).isEqualTo("指標");
            assertThat(text(ja.getSheet("注記").getRow(0), 0)).isEqualTo("注記");

            XSSFSheet english = en.getSheet("Voice of the customer");
            assertThat(text(rowWith(english, 0, name("nps", Language.EN)), 3))
                    .isEqualTo(
                            MetricCatalog.find("nps").orElseThrow().definition().formula(Language.EN));
            assertThat(text(english.getRow(XlsxReport.HEADER_ROW), 3)).isEqualTo("Formula");
            en.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    assertThat(cell.getStringCellValue())
                            .as("%s!%s", sheet.getSheetName(), cell.getAddress())
                            .doesNotContainPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
                }
            })));
        }
    }

    @Test
    void familySheetHoldsValuesFormulasMonthsAndBreakdown() throws IOException {
        try (XSSFWorkbook workbook = english()) {
            XSSFSheet voice = workbook.getSheet("Voice of the customer");
            assertThat(text(voice.getRow(0), 0)).isEqualTo("Voice of the customer");
            assertThat(frozenRows(voice)).isEqualTo(XlsxReport.HEADER_ROW + 1);
            Row nps = rowWith(voice, 0, name("nps", Language.EN));
            assertThat(number(nps, 1)).isEqualTo(33.33);
            assertThat(text(nps, 2)).isEqualTo("pt");
            Row csat = rowWith(voice, 0, name("csat", Language.EN));
            assertThat(text(csat, 1)).isEqualTo("no data");

            int months = XlsxReport.SERIES_COLUMN;
            Row header = voice.getRow(XlsxReport.HEADER_ROW);
            assertThat(text(header, months)).isEqualTo("Month by month");
            List<String> labels = new ArrayList<>();
            for (int m = 1; m <= 6; m++) {
                labels.add(text(header, months + m));
            }
            assertThat(labels).containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06");
            Row npsMonths = rowWith(voice, months, name("nps", Language.EN));
            double[] expected = {10, 12.5, 15, 17.5, 20, 33.33};
            for (int m = 0; m < expected.length; m++) {
                assertThat(number(npsMonths, months + 1 + m)).isEqualTo(expected[m]);
            }
            // CSAT has no data in any month: its months stay empty, so no chart line drops to 0.
            Row csatMonths = rowWith(voice, months, name("csat", Language.EN));
            assertThat(csatMonths.getCell(months + 1)).isNull();

            Row breakdown = rowWith(voice, months, "Breakdown by region");
            Row segments = voice.getRow(breakdown.getRowNum() + 1);
            assertThat(List.of(text(segments, months), text(segments, months + 1), text(segments, months + 2)))
                    .containsExactly("Metric", "kanto", "kansai");
            Row npsByRegion = voice.getRow(breakdown.getRowNum() + 2);
            assertThat(text(npsByRegion, months)).isEqualTo(name("nps", Language.EN));
            assertThat(number(npsByRegion, months + 1)).isEqualTo(40.00);
            assertThat(number(npsByRegion, months + 2)).isEqualTo(25.00);

            XSSFSheet revenue = workbook.getSheet("Revenue and value");
            Row mrr = rowWith(revenue, 0, name("mrr", Language.EN));
            assertThat(number(mrr, 1)).isEqualTo(1_250_000);
            // The fixture's MRR has no breakdown.
            for (Row row : revenue) {
                assertThat(text(row, months)).doesNotStartWith("Breakdown");
            }
        }
    }

    @Test
    void eachMetricWithDataHasAColouredLineChartOfItsMonths() throws IOException {
        try (XSSFWorkbook workbook = english()) {
            assertThat(charts(workbook.getSheet("Overview"))).isEmpty();
            Map<String, String> families = Map.of(
                    "Voice of the customer", "nps", "Retention and churn", "churn_rate", "Revenue and value", "mrr");
            for (Map.Entry<String, String> family : families.entrySet()) {
                XSSFSheet sheet = workbook.getSheet(family.getKey());
                // Voice has NPS and CSAT, but CSAT has no data in any month.
                List<XSSFChart> charts = charts(sheet);
                assertThat(charts).as(family.getKey()).hasSize(1);
                XSSFChart chart = charts.get(0);
                String metric = name(family.getValue(), Language.EN);
                assertThat(chart.getTitle().getBody().getParagraph(0).getText()).isEqualTo(metric);
                List<XDDFChartData> plots = chart.getChartSeries();
                assertThat(plots).hasSize(1);
                assertThat(plots.get(0)).isInstanceOf(XDDFLineChartData.class);
                assertThat(plots.get(0).getSeriesCount()).isEqualTo(1);
                XDDFLineChartData.Series series =
                        (XDDFLineChartData.Series) plots.get(0).getSeries(0);
                CTSerTx title = series.getCTLineSer().getTx();
                assertThat(title.getStrRef().getStrCache().getPtArray(0).getV()).isEqualTo(metric);
                Row row = rowWith(sheet, XlsxReport.SERIES_COLUMN, metric);
                String quoted = "'" + family.getKey() + "'!";
                assertThat(title.getStrRef().getF()).isEqualTo(quoted + "$G$" + (row.getRowNum() + 1));
                assertThat(series.getValuesData().getDataRangeReference())
                        .isEqualTo(quoted + "$H$" + (row.getRowNum() + 1) + ":$M$" + (row.getRowNum() + 1));
                assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo(quoted + "$H$3:$M$3");
                assertThat(series.getValuesData().getPointCount()).isEqualTo(6);
                // the first metric of each sheet takes the palette's first colour
                assertThat(solidColour(
                                series.getShapeProperties().getLineProperties().getFillProperties()))
                        .isEqualTo(XlsxCharts.PALETTE.get(0));
                assertThat(series.getCTLineSer().getMarker().getSpPr().isSetSolidFill())
                        .isTrue();
            }
        }
    }

    @Test
    void mrrMovementsAreAWaterfallOfStackedColumns() throws IOException {
        try (XSSFWorkbook workbook = english()) {
            XSSFSheet sheet = workbook.getSheet("MRR movements");
            Row header = sheet.getRow(XlsxReport.HEADER_ROW);
            assertThat(List.of(
                            text(header, 0),
                            text(header, 1),
                            text(header, 2),
                            text(header, 3),
                            text(header, 4),
                            text(header, 5)))
                    .containsExactly("Movement", "Amount", "Base", "Increase", "Decrease", "Total");
            Row start = rowWith(sheet, 0, "Opening MRR");
            assertThat(number(start, 2)).isEqualTo(0);
            assertThat(number(start, 5)).isEqualTo(1_200_000);
            Row added = rowWith(sheet, 0, "New");
            // "new" stands on the opening MRR
            assertThat(number(added, 2)).isEqualTo(1_200_000);
            assertThat(number(added, 3)).isEqualTo(100_000);
            assertThat(added.getCell(4)).isNull();
            Row expansion = rowWith(sheet, 0, "Expansion");
            // 1,200,000 + 100,000
            assertThat(number(expansion, 2)).isEqualTo(1_300_000);
            assertThat(number(expansion, 3)).isEqualTo(20_000);
            Row contraction = rowWith(sheet, 0, "Contraction");
            // 1,200,000 + 100,000 + 20,000 + 0 − 10,000
            assertThat(number(contraction, 2)).isEqualTo(1_310_000);
            assertThat(number(contraction, 1)).isEqualTo(-10_000);
            assertThat(number(contraction, 4)).isEqualTo(10_000);
            Row churned = rowWith(sheet, 0, "Churn");
            // 1,200,000 + 100,000 + 20,000 + 0 − 10,000 − 60,000
            assertThat(number(churned, 2)).isEqualTo(1_250_000);
            assertThat(number(churned, 4)).isEqualTo(60_000);
            Row end = rowWith(sheet, 0, "Closing MRR");
            assertThat(number(end, 5)).isEqualTo(1_250_000);

            List<XSSFChart> charts = charts(sheet);
            assertThat(charts).hasSize(1);
            List<XDDFChartData> plots = charts.get(0).getChartSeries();
            assertThat(plots).hasSize(1);
            XDDFBarChartData bars = (XDDFBarChartData) plots.get(0);
            assertThat(bars.getBarGrouping()).isEqualTo(BarGrouping.STACKED);
            assertThat(bars.getBarDirection()).isEqualTo(BarDirection.COL);
            assertThat(charts.get(0)
                            .getCTChart()
                            .getPlotArea()
                            .getBarChartArray(0)
                            .xmlText())
                    .contains("<c:overlap val=\"100\"/>");
            assertThat(bars.getSeriesCount()).isEqualTo(4);
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.getSeries(i);
                titles.add(series.getCTBarSer()
                        .getTx()
                        .getStrRef()
                        .getStrCache()
                        .getPtArray(0)
                        .getV());
                String column = String.valueOf((char) ('C' + i));
                assertThat(series.getValuesData().getDataRangeReference())
                        .isEqualTo("'MRR movements'!$" + column + "$4:$" + column + "$10");
            }
            assertThat(titles).containsExactly("Base", "Increase", "Decrease", "Total");
            assertThat(bars.getSeries(0).getShapeProperties().getFillProperties())
                    .isInstanceOf(XDDFNoFillProperties.class);
            assertThat(solidColour(bars.getSeries(1).getShapeProperties().getFillProperties()))
                    .isEqualTo(XlsxCharts.UP);
            assertThat(solidColour(bars.getSeries(2).getShapeProperties().getFillProperties()))
                    .isEqualTo(XlsxCharts.DOWN);
            assertThat(solidColour(bars.getSeries(3).getShapeProperties().getFillProperties()))
                    .isEqualTo(XlsxCharts.TOTAL);
            // The base of "new" as the chart caches it: the opening MRR.
            assertThat(bars.getSeries(0).getValuesData().getPointAt(1).doubleValue())
                    .isEqualTo(1_200_000);
        }
    }

    @Test
    void cohortSheetIsAHeatMap() throws IOException {
        try (XSSFWorkbook workbook = english()) {
            XSSFSheet sheet = workbook.getSheet("Retention cohorts");
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("Customer retention by signup month");
            Row header = sheet.getRow(XlsxReport.HEADER_ROW);
            assertThat(List.of(text(header, 0), text(header, 1), text(header, 2), text(header, 4)))
                    .containsExactly("Signup month", "Customers", "Month 0", "Month 2");
            Row april = rowWith(sheet, 0, "2024-04");
            assertThat(number(april, 1)).isEqualTo(10);
            assertThat(List.of(number(april, 2), number(april, 3), number(april, 4)))
                    .containsExactly(100.0, 80.0, 70.0);
            Row may = rowWith(sheet, 0, "2024-05");
            assertThat(number(may, 1)).isEqualTo(20);
            assertThat(number(may, 3)).isEqualTo(90.0);
            assertThat(may.getCell(4)).isNull();
            Row june = rowWith(sheet, 0, "2024-06");
            assertThat(number(june, 1)).isEqualTo(5);
            assertThat(number(june, 2)).isEqualTo(100.0);

            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings())
                    .isEqualTo(1);
            XSSFConditionalFormatting formatting =
                    sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0);
            // three cohorts in rows 4–6, months 0–2 in columns C–E
            assertThat(formatting.getFormattingRanges()[0].formatAsString()).isEqualTo("C4:E6");
            XSSFConditionalFormattingRule rule = formatting.getRule(0);
            assertThat(rule.getConditionType()).isEqualTo(ConditionType.COLOR_SCALE);
            assertThat(rule.getColorScaleFormatting().getThresholds())
                    .extracting(threshold -> threshold.getRangeType())
                    .containsExactly(RangeType.MIN, RangeType.PERCENTILE, RangeType.MAX);
            assertThat(frozenRows(sheet)).isEqualTo(XlsxReport.HEADER_ROW + 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
        }
    }

    @Test
    void dataSheetHasEachMetricPeriodAndSegmentOnce() throws IOException {
        try (XSSFWorkbook workbook = english()) {
            XSSFSheet data = workbook.getSheet("Data");
            Row header = data.getRow(0);
            List<String> labels = new ArrayList<>();
            header.forEach(cell -> labels.add(cell.getStringCellValue()));
            assertThat(labels)
                    .containsExactly(
                            "Id",
                            "Metric",
                            "Period",
                            "Segment attribute",
                            "Segment value",
                            "Value",
                            "Unit",
                            "Target",
                            "Status");
            // NPS: May, June, kanto, kansai, January–April (May and June are already there) = 8;
            // CSAT, churn rate and MRR: May, June, January–April = 6 each; 8 + 3 × 6 = 26.
            assertThat(data.getLastRowNum()).isEqualTo(26);
            Set<String> keys = new HashSet<>();
            for (int r = 1; r <= 26; r++) {
                Row row = data.getRow(r);
                assertThat(keys.add(text(row, 0) + "|" + text(row, 2) + "|" + text(row, 3) + "|" + text(row, 4)))
                        .isTrue();
            }
            assertThat(keys.stream().filter(key -> key.startsWith("nps|"))).hasSize(8);
            assertThat(keys.stream().filter(key -> key.startsWith("csat|"))).hasSize(6);
            assertThat(keys.stream().filter(key -> key.startsWith("churn_rate|")))
                    .hasSize(6);
            assertThat(keys.stream().filter(key -> key.startsWith("mrr|"))).hasSize(6);

            Row kanto = rowWith(data, 4, "kanto");
            assertThat(text(kanto, 0)).isEqualTo("nps");
            assertThat(text(kanto, 1)).isEqualTo(name("nps", Language.EN));
            assertThat(text(kanto, 2)).isEqualTo("2024-06");
            assertThat(text(kanto, 3)).isEqualTo("region");
            assertThat(number(kanto, 5)).isEqualTo(40.00);
            Row npsJune = data.getRow(2);
            assertThat(List.of(text(npsJune, 0), text(npsJune, 2), text(npsJune, 4)))
                    .containsExactly("nps", "2024-06", "All customers");
            assertThat(number(npsJune, 5)).isEqualTo(33.33);
            assertThat(number(npsJune, 7)).isEqualTo(30);
            assertThat(text(npsJune, 8)).isEqualTo("Met");
            Row csat = rowWith(data, 0, "csat");
            assertThat(text(csat, 5)).isEqualTo("no data");
            Row mrr = rowWith(data, 0, "mrr");
            assertThat(number(mrr, 5)).isEqualTo(1_200_000);
            assertThat(text(mrr, 6)).isEqualTo("JPY");

            assertThat(frozenRows(data)).isEqualTo(1);
            assertThat(data.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I27");
        }
    }

    @Test
    void notesListTheMetricsWithoutDataAndTheirFiles() throws IOException {
        try (XSSFWorkbook workbook = english()) {
            XSSFSheet notes = workbook.getSheet("Notes");
            assertThat(text(notes.getRow(1), 0)).startsWith("These metrics have no data");
            Row header = rowWith(notes, 0, "Family");
            assertThat(frozenRows(notes)).isEqualTo(header.getRowNum() + 1);
            Row csat = notes.getRow(header.getRowNum() + 1);
            assertThat(List.of(text(csat, 0), text(csat, 1), text(csat, 2)))
                    .containsExactly(
                            "Voice of the customer",
                            name("csat", Language.EN),
                            "surveys.csv, survey_responses.csv, survey_invitations.csv");
            // CSAT is the only metric without data.
            assertThat(notes.getLastRowNum()).isEqualTo(header.getRowNum() + 1);
        }
    }

    @Test
    void reportWithoutBreakdownMovementsCohortsOrMissingDataLeavesTheirPartsOut() throws IOException {
        Report fixture = ReportFixture.report(Language.EN);
        Report plain = new Report(
                Language.EN,
                "acme",
                fixture.period(),
                Map.of(),
                null,
                fixture.generatedAt(),
                "JPY",
                fixture.sections().subList(1, 3),
                List.of(),
                null);
        try (XSSFWorkbook workbook = written(plain, "report-plain-en.xlsx")) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Overview", "Retention and churn", "Revenue and value", "Data");
            XSSFSheet overview = workbook.getSheet("Overview");
            assertThat(text(rowWith(overview, 0, "Customers"), 1)).isEqualTo("All customers");
            assertThat(text(rowWith(overview, 0, "Breakdown by"), 1)).isEqualTo("(none)");
        }

        ReportSection voice = fixture.sections().get(0);
        ReportSection csatOnly = new ReportSection(
                voice.family(), voice.name(), voice.needs(), voice.metrics().subList(1, 2));
        Report empty = new Report(
                Language.EN,
                "acme",
                fixture.period(),
                Map.of(),
                "region",
                fixture.generatedAt(),
                "JPY",
                List.of(csatOnly),
                List.of(),
                null);
        try (XSSFWorkbook workbook = written(empty, "report-empty-en.xlsx")) {
            assertThat(sheetNames(workbook)).containsExactly("Overview", "Voice of the customer", "Data", "Notes");
            assertThat(charts(workbook.getSheet("Voice of the customer"))).isEmpty();
            assertThat(text(rowWith(workbook.getSheet("Data"), 0, "csat"), 5)).isEqualTo("no data");
        }
    }

    @Test
    void sheetNamesAreCutToWhatExcelAllows() {
        assertThat(XlsxCells.safeSheetName("Advocacy, community, social, loyalty"))
                .isEqualTo("Advocacy, community, social");
        assertThat(XlsxCells.safeSheetName("Plan/region: [pro]?*")).isEqualTo("Plan region pro");
        assertThat(XlsxCells.safeSheetName("アドボカシー・コミュニティ・ソーシャル・ロイヤルティ")).isEqualTo("アドボカシー・コミュニティ・ソーシャル・ロイヤルティ");
        assertThat(XlsxCells.safeSheetName("'quoted'")).isEqualTo("quoted");
        assertThat(XlsxCells.safeSheetName("x".repeat(40))).hasSize(31);
    }

    /** The whole catalogue: every family's sheet and a chart per metric with data (speed: kizuna bench-report). */
    @Test
    void fullCatalogueHasEverySheet() throws IOException {
        Report report = catalogue(Language.EN);
        Path file = write(report, "report-catalogue-en.xlsx");
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            // overview, six families, data
            assertThat(workbook.getNumberOfSheets()).isEqualTo(8);
            assertThat(workbook.getSheetName(6)).isEqualTo("Advocacy, community, social");
            int charts = 0;
            for (int i = 1; i <= 6; i++) {
                charts += charts(workbook.getSheetAt(i)).size();
            }
            // one chart per metric: every metric has data in every month
            assertThat(charts).isEqualTo(MetricCatalog.all().size());
        }
    }

    /** Every metric of the catalogue with twelve months of figures and a breakdown by region. */
    private static Report catalogue(Language language) {
        List<ReportSection> sections = new ArrayList<>();
        for (Family family : Family.values()) {
            List<ReportMetric> metrics = new ArrayList<>();
            for (Metric metric : MetricCatalog.all()) {
                MetricDefinition definition = metric.definition();
                if (definition.family() != family) {
                    continue;
                }
                String unit = definition.unit().id("JPY");
                List<MetricResult> series = new ArrayList<>();
                for (int month = 1; month <= 12; month++) {
                    series.add(result(definition.id(), "2024-%02d".formatted(month), Segment.ALL, month, unit));
                }
                List<MetricResult> breakdown = List.of(
                        result(definition.id(), "2024-12", Segment.of("region", "kanto"), 20, unit),
                        result(definition.id(), "2024-12", Segment.of("region", "kansai"), 5, unit));
                metrics.add(new ReportMetric(definition, series.get(11), series.get(10), series, breakdown));
            }
            sections.add(new ReportSection(family, family.name(language), ReportSection.needs(family), metrics));
        }
        Report fixture = ReportFixture.report(language);
        return new Report(
                language,
                "acme",
                org.kizuna.domain.Period.parse("2024-12"),
                Map.of(),
                "region",
                fixture.generatedAt(),
                "JPY",
                sections,
                List.of(),
                null);
    }

    private static MetricResult result(String metric, String period, Segment segment, int value, String unit) {
        return new MetricResult(
                metric, period, segment, BigDecimal.valueOf(value * 100L, 2), unit, Map.of(), null, null, null);
    }
}
