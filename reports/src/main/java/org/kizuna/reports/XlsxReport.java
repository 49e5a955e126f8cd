package org.kizuna.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.cohort.CohortTable;

/**
 * A report as an Excel workbook (XLSX), in the report's language:
 *
 * <ol>
 *   <li>an overview: what was asked, then every metric with its value, unit, the period before, the change,
 *       target and whether it is met;
 *   <li>a sheet per family: each metric's value, formula and convention, its months and breakdown as tables
 *       and a line chart of its months;
 *   <li>MRR's movements as a table and a waterfall chart, when the report has them;
 *   <li>the cohort table with a colour scale, when the report has one;
 *   <li>the data: every figure behind the report, one row per metric, period and segment, to filter;
 *   <li>notes on the metrics without data, when there are any.
 * </ol>
 *
 * <p>Figures are numbers with a number format for their unit, so they can be summed and charted; "no data" is
 * grey text. Charts are native Excel charts that read the sheets' cells.
 */
public final class XlsxReport implements ReportWriter {

    /** The first column of the month-by-month and breakdown tables of a family's sheet. */
    static final int SERIES_COLUMN = 6;

    /** The row of the header of each sheet's first table, below the title. */
    static final int HEADER_ROW = 2;

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxCells cells = new XlsxCells(workbook, report);
            overview(report, cells);
            for (ReportSection section : report.sections()) {
                family(report, section, cells);
            }
            if (!report.movements().isEmpty()) {
                movements(report, cells);
            }
            if (report.cohorts() != null && !report.cohorts().rows().isEmpty()) {
                cohorts(report, report.cohorts(), cells);
            }
            data(report, cells);
            if (!report.withoutData().isEmpty()) {
                notes(report, cells);
            }
            workbook.write(out);
        }
    }

    private static void overview(Report report, XlsxCells cells) {
        XSSFSheet sheet = cells.sheet(report.text("overview"));
        cells.title(sheet, 0, report.title());
        String[][] heading = {
            {report.text("workspace"), report.workspace()},
            {report.text("period"), report.period().label()},
            {report.text("segment"), report.segmentLabel()},
            {report.text("breakdown.by"), report.by() == null ? report.text("segment.none") : report.by()},
        };
        int row = 1;
        for (String[] pair : heading) {
            cells.label(sheet, row, 0, pair[0]);
            cells.text(sheet, row, 1, pair[1]);
            row++;
        }
        cells.label(sheet, row, 0, report.text("generated"));
        cells.dateTime(sheet, row, 1, report.generatedAt());
        int header = row + 2;
        cells.header(
                sheet,
                header,
                0,
                report.text("family"),
                report.text("metric"),
                report.text("value"),
                report.text("unit"),
                report.text("previous"),
                report.text("change"),
                report.text("target"),
                report.text("status"));
        row = header + 1;
        for (ReportSection section : report.sections()) {
            for (ReportMetric metric : section.metrics()) {
                MetricResult current = metric.current();
                cells.text(sheet, row, 0, section.name());
                cells.text(sheet, row, 1, metric.name(report.language()));
                cells.value(sheet, row, 2, current.value(), current.unit());
                cells.text(sheet, row, 3, cells.unitLabel(current.unit()));
                if (metric.previous() != null) {
                    cells.value(sheet, row, 4, metric.previous().value(), current.unit());
                }
                cells.change(sheet, row, 5, metric.change(), current.unit(), metric.trend());
                cells.target(
                        sheet,
                        row,
                        6,
                        current.target(),
                        current.unit(),
                        metric.definition().higherIsBetter());
                cells.status(sheet, row, 7, metric.status());
                row++;
            }
        }
        sheet.createFreezePane(0, header + 1);
        cells.fitColumns(sheet, Map.of(0, 30, 1, 40));
        // The heading's long values (title, customers) must not widen the table's first columns.
        sheet.setColumnWidth(0, Math.max(sheet.getColumnWidth(0), 16 * 256));
    }

    /**
     * A family's sheet: its metrics with value, formula and convention on the left and charts below them; the
     * months and the breakdown on the right, which the charts read.
     */
    private static void family(Report report, ReportSection section, XlsxCells cells) {
        XSSFSheet sheet = cells.sheet(section.name());
        cells.title(sheet, 0, section.name());
        cells.header(
                sheet,
                HEADER_ROW,
                0,
                report.text("metric"),
                report.text("value"),
                report.text("unit"),
                report.text("formula"),
                report.text("convention"));
        List<ReportMetric> metrics = section.metrics();
        for (int i = 0; i < metrics.size(); i++) {
            ReportMetric metric = metrics.get(i);
            int row = HEADER_ROW + 1 + i;
            cells.text(sheet, row, 0, metric.name(report.language()));
            cells.value(
                    sheet, row, 1, metric.current().value(), metric.current().unit());
            cells.text(sheet, row, 2, cells.unitLabel(metric.current().unit()));
            cells.wrapped(sheet, row, 3, metric.definition().formula(report.language()));
            cells.wrapped(
                    sheet, row, 4, Objects.requireNonNullElse(metric.current().convention(), ""));
        }

        // Month by month: one row per metric, one column per month, read by the charts.
        List<String> months = new ArrayList<>(new TreeSet<>(metrics.stream()
                .flatMap(metric -> metric.series().stream())
                .map(MetricResult::period)
                .toList()));
        int seriesHeader = HEADER_ROW;
        String[] monthHeader = new String[months.size() + 1];
        monthHeader[0] = report.text("series");
        for (int m = 0; m < months.size(); m++) {
            monthHeader[m + 1] = months.get(m);
        }
        cells.header(sheet, seriesHeader, SERIES_COLUMN, monthHeader);
        for (int i = 0; i < metrics.size(); i++) {
            ReportMetric metric = metrics.get(i);
            int row = seriesHeader + 1 + i;
            cells.text(sheet, row, SERIES_COLUMN, metric.name(report.language()));
            for (MetricResult point : metric.series()) {
                if (point.value() != null) {
                    cells.value(
                            sheet,
                            row,
                            SERIES_COLUMN + 1 + months.indexOf(point.period()),
                            point.value(),
                            point.unit());
                }
            }
        }

        int last = breakdown(report, section, cells, sheet, seriesHeader + metrics.size() + 2);
        sheet.createFreezePane(1, HEADER_ROW + 1);
        cells.fitColumns(sheet, Map.of(0, 36, 3, 60, 4, 40, SERIES_COLUMN, 36));
        sheet.setColumnWidth(SERIES_COLUMN - 1, 3 * 256);
        for (int i = 0; i < metrics.size(); i++) {
            cells.fitRowHeight(sheet, HEADER_ROW + 1 + i, 3, 4);
        }

        int chartRow = Math.max(HEADER_ROW + metrics.size(), last) + 2;
        int drawn = 0;
        for (int i = 0; i < metrics.size(); i++) {
            ReportMetric metric = metrics.get(i);
            if (metric.series().stream().noneMatch(MetricResult::hasData) || months.isEmpty()) {
                continue;
            }
            int row = seriesHeader + 1 + i;
            int x = (drawn % 2) * (XlsxCharts.WIDTH + 20);
            int top = chartRow + (drawn / 2) * 16;
            XlsxCharts.line(
                    sheet,
                    x,
                    top,
                    metric.name(report.language()),
                    new CellRangeAddress(seriesHeader, seriesHeader, SERIES_COLUMN + 1, SERIES_COLUMN + months.size()),
                    new CellRangeAddress(row, row, SERIES_COLUMN + 1, SERIES_COLUMN + months.size()),
                    new CellReference(sheet.getSheetName(), row, SERIES_COLUMN, true, true),
                    XlsxCells.numberFormat(metric.current().unit()),
                    XlsxCharts.PALETTE.get(i % XlsxCharts.PALETTE.size()));
            drawn++;
        }
    }

    /**
     * The breakdown table of a family's sheet, one row per metric broken down, one column per value of the
     * attribute; returns the last row it wrote, or the row before {@code top} without a breakdown.
     */
    private static int breakdown(Report report, ReportSection section, XlsxCells cells, XSSFSheet sheet, int top) {
        List<ReportMetric> broken = section.metrics().stream()
                .filter(metric -> !metric.breakdown().isEmpty())
                .toList();
        if (report.by() == null || broken.isEmpty()) {
            return top - 1;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (ReportMetric metric : broken) {
            for (MetricResult result : metric.breakdown()) {
                columns.putIfAbsent(segmentValue(report, result), SERIES_COLUMN + 1 + columns.size());
            }
        }
        cells.label(sheet, top, SERIES_COLUMN, report.text("breakdown", report.by()));
        List<String> header = new ArrayList<>();
        header.add(report.text("metric"));
        header.addAll(columns.keySet());
        cells.header(sheet, top + 1, SERIES_COLUMN, header.toArray(String[]::new));
        int row = top + 2;
        for (ReportMetric metric : broken) {
            cells.text(sheet, row, SERIES_COLUMN, metric.name(report.language()));
            for (MetricResult result : metric.breakdown()) {
                cells.value(sheet, row, columns.get(segmentValue(report, result)), result.value(), result.unit());
            }
            row++;
        }
        return row - 1;
    }

    private static String segmentValue(Report report, MetricResult result) {
        String value = result.segment().attributes().get(report.by());
        return value == null ? report.text("segment.none") : value;
    }

    /** MRR's movements as a table (name, signed amount, base, rise, fall, total) and a waterfall beside it. */
    private static void movements(Report report, XlsxCells cells) {
        XSSFSheet sheet = cells.sheet(report.text("movements"));
        cells.title(sheet, 0, report.text("movements"));
        cells.header(
                sheet,
                HEADER_ROW,
                0,
                report.text("xlsx.movements.part"),
                report.text("movements.amount"),
                report.text("xlsx.movements.base"),
                report.text("xlsx.movements.up"),
                report.text("xlsx.movements.down"),
                report.text("xlsx.movements.total"));
        String currency = report.currency();
        int row = HEADER_ROW + 1;
        for (Movement movement : report.movements()) {
            cells.text(sheet, row, 0, report.text("movements.part." + movement.part()));
            cells.value(sheet, row, 1, movement.signed(), currency);
            cells.value(sheet, row, 2, movement.base(), currency);
            int column = switch (movement.kind()) {
                case UP -> 3;
                case DOWN -> 4;
                case TOTAL -> 5;
            };
            cells.value(sheet, row, column, movement.amount(), currency);
            row++;
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        cells.fitColumns(sheet, Map.of());
        XlsxCharts.waterfall(
                sheet,
                widthInPixels(sheet, 7),
                HEADER_ROW,
                report.text("movements"),
                new CellRangeAddress(HEADER_ROW + 1, row - 1, 0, 0),
                2,
                HEADER_ROW,
                XlsxCells.numberFormat(currency),
                report.movements());
    }

    /** The cohort table, one row per signup month, its cells shaded by a colour scale from red to green. */
    private static void cohorts(Report report, CohortTable table, XlsxCells cells) {
        XSSFSheet sheet = cells.sheet(report.text("xlsx.sheet.cohorts"));
        cells.title(sheet, 0, report.text("cohorts"));
        int months =
                table.rows().stream().mapToInt(row -> row.cells().size()).max().orElse(0);
        List<String> header = new ArrayList<>();
        header.add(report.text("cohorts.cohort"));
        header.add(report.text("cohorts.customers"));
        for (int m = 0; m < months; m++) {
            header.add(report.text("cohorts.month", m));
        }
        cells.header(sheet, HEADER_ROW, 0, header.toArray(String[]::new));
        int row = HEADER_ROW + 1;
        for (CohortTable.Row cohort : table.rows()) {
            cells.text(sheet, row, 0, cohort.cohort());
            cells.value(sheet, row, 1, BigDecimal.valueOf(cohort.customers()), "count");
            for (int m = 0; m < cohort.cells().size(); m++) {
                if (cohort.cells().get(m) != null) {
                    cells.value(sheet, row, 2 + m, cohort.cells().get(m), table.unit());
                }
            }
            row++;
        }
        if (months > 0) {
            XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
            XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
            XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
            scale.setNumControlPoints(3);
            scale.getThresholds()[0].setRangeType(RangeType.MIN);
            scale.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
            scale.getThresholds()[1].setValue(50d);
            scale.getThresholds()[2].setRangeType(RangeType.MAX);
            scale.setColors(new XSSFColor[] {
                XlsxCells.rgb(0xF8, 0x69, 0x6B), XlsxCells.rgb(0xFF, 0xEB, 0x84), XlsxCells.rgb(0x63, 0xBE, 0x7B)
            });
            formatting.addConditionalFormatting(
                    new CellRangeAddress[] {new CellRangeAddress(HEADER_ROW + 1, row - 1, 2, 1 + months)}, rule);
        }
        sheet.createFreezePane(2, HEADER_ROW + 1);
        cells.fitColumns(sheet, Map.of());
    }

    /** Every figure behind the report, one row per metric, period and segment, with a filter on its header. */
    private static void data(Report report, XlsxCells cells) {
        XSSFSheet sheet = cells.sheet(report.text("data"));
        cells.header(
                sheet,
                0,
                0,
                report.text("metric.id"),
                report.text("metric"),
                report.text("period"),
                report.text("xlsx.segment.attribute"),
                report.text("xlsx.segment.value"),
                report.text("value"),
                report.text("unit"),
                report.text("target"),
                report.text("status"));
        Map<String, MetricDefinition> definitions = new HashMap<>();
        report.metrics().forEach(metric -> definitions.put(metric.id(), metric.definition()));
        int row = 1;
        for (MetricResult result : report.rows()) {
            MetricDefinition definition = definitions.get(result.metric());
            cells.text(sheet, row, 0, result.metric());
            cells.text(sheet, row, 1, definition.name(report.language()));
            cells.text(sheet, row, 2, result.period());
            if (result.segment().isAll()) {
                cells.text(sheet, row, 4, report.text("segment.all"));
            } else {
                cells.text(
                        sheet,
                        row,
                        3,
                        String.join(", ", result.segment().attributes().keySet()));
                cells.text(
                        sheet,
                        row,
                        4,
                        String.join(
                                ", ",
                                result.segment().attributes().values().stream()
                                        .map(value -> value == null ? report.text("segment.none") : value)
                                        .toList()));
            }
            cells.value(sheet, row, 5, result.value(), result.unit());
            cells.text(sheet, row, 6, cells.unitLabel(result.unit()));
            cells.target(sheet, row, 7, result.target(), result.unit(), definition.higherIsBetter());
            if (result.targetMet() != null) {
                cells.status(sheet, row, 8, result.targetMet() ? ReportMetric.Status.MET : ReportMetric.Status.MISSED);
            }
            row++;
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, row - 1), 0, 8));
        cells.fitColumns(sheet, Map.of(1, 40));
    }

    /** The metrics without data, and the files their family is counted from. */
    private static void notes(Report report, XlsxCells cells) {
        XSSFSheet sheet = cells.sheet(report.text("notes"));
        cells.title(sheet, 0, report.text("notes"));
        cells.row(sheet, 1).createCell(0).setCellValue(report.text("notes.intro"));
        int header = 3;
        cells.header(sheet, header, 0, report.text("family"), report.text("metric"), report.text("notes.needs"));
        int row = header + 1;
        for (ReportSection section : report.sections()) {
            for (ReportMetric metric : section.metrics()) {
                if (!metric.current().hasData()) {
                    cells.text(sheet, row, 0, section.name());
                    cells.text(sheet, row, 1, metric.name(report.language()));
                    cells.text(sheet, row, 2, section.needs());
                    row++;
                }
            }
        }
        sheet.createFreezePane(0, header + 1);
        cells.fitColumns(sheet, Map.of());
    }

    /** The width of the sheet's first columns, in pixels. */
    private static int widthInPixels(XSSFSheet sheet, int columns) {
        double pixels = 0;
        for (int column = 0; column < columns; column++) {
            pixels += sheet.getColumnWidthInPixels(column);
        }
        return (int) Math.round(pixels);
    }
}
