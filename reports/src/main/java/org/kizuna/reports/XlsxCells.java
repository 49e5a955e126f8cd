package org.kizuna.reports;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kizuna.cli.MetricsTable;

/**
 * The cells of a report's workbook: sheets with names Excel accepts, labels, figures as numbers with a number
 * format for their unit, "no data" in grey, and column widths fitted to what was written. Each style is made
 * once and shared, as a workbook holds a limited number of them.
 */
final class XlsxCells {

    /** Excel's longest sheet name. */
    static final int SHEET_NAME_LENGTH = 31;

    static final XSSFColor GREY = rgb(0x80, 0x80, 0x80);
    static final XSSFColor GOOD = rgb(0x1B, 0x5E, 0x20);
    static final XSSFColor BAD = rgb(0xB7, 0x1C, 0x1C);

    /** Units whose contract name is not a currency code. */
    private static final Set<String> UNITS = Set.of(
            "percent",
            "points",
            "score",
            "ratio",
            "customers",
            "users",
            "hours",
            "days",
            "months",
            "minutes",
            "count",
            "per_customer");

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private final XSSFWorkbook workbook;
    private final Report report;
    private final Map<String, XSSFCellStyle> styles = new HashMap<>();
    private final Set<String> sheetNames = new HashSet<>();
    private final Map<XSSFSheet, Map<Integer, Integer>> widths = new HashMap<>();

    XlsxCells(XSSFWorkbook workbook, Report report) {
        this.workbook = workbook;
        this.report = report;
    }

    static XSSFColor rgb(int red, int green, int blue) {
        return new XSSFColor(new byte[] {(byte) red, (byte) green, (byte) blue}, null);
    }

    /** A new sheet named as close to the name as Excel allows, and unlike any sheet before it. */
    XSSFSheet sheet(String name) {
        String safe = safeSheetName(name);
        String unique = safe;
        for (int n = 2; sheetNames.contains(unique.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = safe.substring(0, Math.min(safe.length(), SHEET_NAME_LENGTH - suffix.length())) + suffix;
        }
        sheetNames.add(unique.toLowerCase(Locale.ROOT));
        XSSFSheet sheet = workbook.createSheet(unique);
        // Printed (and converted to PDF) landscape, each sheet one page wide.
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return sheet;
    }

    /**
     * A sheet name Excel accepts: without {@code \ / ? * [ ] :}, not starting or ending with an apostrophe, and
     * at most 31 characters, cut at a word's end where there is one.
     */
    static String safeSheetName(String name) {
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", " ")
                .replaceAll("\\s+", " ")
                .replaceAll("^'+|'+$", "")
                .strip();
        if (safe.length() > SHEET_NAME_LENGTH) {
            String cut = safe.substring(0, SHEET_NAME_LENGTH);
            int space = cut.lastIndexOf(' ');
            if (safe.charAt(SHEET_NAME_LENGTH) != ' ' && space > SHEET_NAME_LENGTH / 2) {
                cut = cut.substring(0, space);
            }
            safe = cut.replaceAll("[\\s,、・'-]+$", "");
        }
        return safe.isEmpty() ? "Sheet" : safe;
    }

    XSSFRow row(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    /** The report's title in large bold letters. */
    void title(XSSFSheet sheet, int row, String text) {
        Cell cell = row(sheet, row).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style("title", () -> {
            XSSFCellStyle style = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            font.setFontHeightInPoints((short) 14);
            style.setFont(font);
            return style;
        }));
    }

    /** A table's header row: bold on a light fill, with a line below. */
    void header(XSSFSheet sheet, int row, int firstColumn, String... labels) {
        XSSFCellStyle style = style("header", () -> {
            XSSFCellStyle header = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            header.setFont(font);
            header.setFillForegroundColor(rgb(0xDC, 0xE6, 0xF1));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            return header;
        });
        for (int i = 0; i < labels.length; i++) {
            Cell cell = text(sheet, row, firstColumn + i, labels[i]);
            cell.setCellStyle(style);
        }
    }

    /** A label in bold, as in the overview's heading. */
    void label(XSSFSheet sheet, int row, int column, String text) {
        text(sheet, row, column, text).setCellStyle(style("label", () -> {
            XSSFCellStyle style = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            style.setFont(font);
            return style;
        }));
    }

    /** Text; its length counts towards its column's width. */
    Cell text(XSSFSheet sheet, int row, int column, String text) {
        Cell cell = row(sheet, row).createCell(column);
        cell.setCellValue(text == null ? "" : text);
        fit(sheet, column, text);
        return cell;
    }

    /** Long text, wrapped within its column and aligned to the top. */
    void wrapped(XSSFSheet sheet, int row, int column, String text) {
        text(sheet, row, column, text).setCellStyle(style("wrap", () -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }));
    }

    /** "no data", in grey, where a figure would be. */
    void noData(XSSFSheet sheet, int row, int column) {
        text(sheet, row, column, report.text("nodata")).setCellStyle(style("nodata", () -> {
            XSSFCellStyle style = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setColor(GREY);
            font.setItalic(true);
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.RIGHT);
            return style;
        }));
    }

    /** A figure as a number with its unit's number format, or "no data" in grey when null. */
    void value(XSSFSheet sheet, int row, int column, BigDecimal value, String unit) {
        if (value == null) {
            noData(sheet, row, column);
            return;
        }
        number(sheet, row, column, value, numberFormat(unit));
        fit(sheet, column, MetricsTable.value(value, "count", report.ja()));
    }

    /** A change against the period before, with its sign, green when good news and red when bad. */
    void change(XSSFSheet sheet, int row, int column, BigDecimal change, String unit, int trend) {
        if (change == null) {
            return;
        }
        String format = numberFormat(unit);
        Cell cell = row(sheet, row).createCell(column);
        cell.setCellValue(change.doubleValue());
        cell.setCellStyle(style("change|" + format + "|" + trend, () -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("+" + format + ";-" + format + ";" + format));
            if (trend != 0) {
                XSSFFont font = workbook.createFont();
                font.setColor(trend > 0 ? GOOD : BAD);
                style.setFont(font);
            }
            return style;
        }));
        fit(sheet, column, "+" + MetricsTable.value(change, "count", report.ja()));
    }

    /** A target as a number, shown with the direction that meets it: {@code ≥ 30.00}. */
    void target(XSSFSheet sheet, int row, int column, BigDecimal target, String unit, boolean higherIsBetter) {
        if (target == null) {
            return;
        }
        String format = "\"" + (higherIsBetter ? "≥" : "≤") + " \"" + numberFormat(unit);
        number(sheet, row, column, target, format);
        fit(sheet, column, "≥ " + MetricsTable.value(target, "count", report.ja()));
    }

    /** Whether a target is met, on a green or red fill; nothing without a target. */
    void status(XSSFSheet sheet, int row, int column, ReportMetric.Status status) {
        if (status == ReportMetric.Status.NONE) {
            return;
        }
        boolean met = status == ReportMetric.Status.MET;
        Cell cell = text(sheet, row, column, report.text(met ? "status.met" : "status.missed"));
        cell.setCellStyle(style("status|" + met, () -> {
            XSSFCellStyle style = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            font.setColor(met ? GOOD : BAD);
            style.setFont(font);
            style.setFillForegroundColor(met ? rgb(0xC8, 0xE6, 0xC9) : rgb(0xFF, 0xCD, 0xD2));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }));
    }

    /** A date and time as a date cell, with its time zone in the cell beside it. */
    void dateTime(XSSFSheet sheet, int row, int column, ZonedDateTime time) {
        Cell cell = row(sheet, row).createCell(column);
        cell.setCellValue(time.toLocalDateTime());
        cell.setCellStyle(style("datetime", () -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            style.setAlignment(HorizontalAlignment.LEFT);
            return style;
        }));
        fit(sheet, column, "2024-07-01 09:30");
        text(sheet, row, column + 1, time.getZone().getId());
    }

    private void number(XSSFSheet sheet, int row, int column, BigDecimal value, String format) {
        Cell cell = row(sheet, row).createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style("number|" + format, () -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }));
    }

    /** The number format of a unit: two decimals, whole counts, or a currency's own decimals. */
    static String numberFormat(String unit) {
        return switch (unit) {
            case "percent", "points", "score", "ratio" -> "0.00";
            case "count" -> "#,##0";
            case "customers", "users", "hours", "days", "months", "minutes", "per_customer" -> "#,##0.00";
            default -> {
                int digits = currencyDigits(unit);
                yield digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
            }
        };
    }

    private static int currencyDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknown) {
            return 2;
        }
    }

    /** A unit as a column of units shows it: {@code %}, {@code pt}, {@code JPY}, {@code 社}; empty for scores. */
    String unitLabel(String unit) {
        return UNITS.contains(unit) || unit.isEmpty()
                ? MetricsTable.value(BigDecimal.ZERO, unit, report.ja())
                        .substring(1)
                        .strip()
                : unit;
    }

    /** Notes that the column holds the text, for its width. */
    void fit(XSSFSheet sheet, int column, String text) {
        if (text == null) {
            return;
        }
        widths.computeIfAbsent(sheet, s -> new HashMap<>()).merge(column, width(text), Math::max);
    }

    /** The text's width in characters of a column: East Asian characters take two. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            width += c >= 0x2E80 ? 2 : 1;
        }
        return width;
    }

    /**
     * Makes the row tall enough for the lines its wrapped cells take in their columns, as LibreOffice does not
     * work that out when it opens a file.
     */
    void fitRowHeight(XSSFSheet sheet, int row, int... wrappedColumns) {
        XSSFRow cells = row(sheet, row);
        int lines = 1;
        for (int column : wrappedColumns) {
            Cell cell = cells.getCell(column);
            if (cell != null) {
                int chars = Math.max(1, sheet.getColumnWidth(column) / 256 - 1);
                lines = Math.max(lines, (width(cell.getStringCellValue()) + chars - 1) / chars);
            }
        }
        cells.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
    }

    /** Sets each column of the sheet as wide as its widest text, within bounds; {@code widest} caps a column. */
    void fitColumns(XSSFSheet sheet, Map<Integer, Integer> widest) {
        widths.getOrDefault(sheet, Map.of()).forEach((column, width) -> {
            int max = widest.getOrDefault(column, MAX_WIDTH);
            int chars = Math.max(MIN_WIDTH, Math.min(max, width + 2));
            sheet.setColumnWidth(column, chars * 256);
        });
    }

    /** A style made once per workbook; every cell sits at the top of its row, beside a wrapped formula. */
    private XSSFCellStyle style(String key, Supplier<XSSFCellStyle> make) {
        return styles.computeIfAbsent(key, k -> {
            XSSFCellStyle made = make.get();
            made.setVerticalAlignment(VerticalAlignment.TOP);
            return made;
        });
    }
}
