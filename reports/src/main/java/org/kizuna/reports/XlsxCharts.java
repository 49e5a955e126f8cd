package org.kizuna.reports;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFFillProperties;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLegendEntry;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;

/**
 * Native Excel charts of a report's workbook, drawn from the cells of its tables: a line chart of a metric
 * month by month, and MRR's movements as a waterfall. Every series has its colour set, since LibreOffice draws
 * series without one in grey.
 */
final class XlsxCharts {

    /** Series colours, one per metric of a sheet in turn. */
    static final List<byte[]> PALETTE = List.of(
            rgb(0x1F, 0x77, 0xB4),
            rgb(0xFF, 0x7F, 0x0E),
            rgb(0x2C, 0xA0, 0x2C),
            rgb(0x94, 0x67, 0xBD),
            rgb(0x8C, 0x56, 0x4B),
            rgb(0xE3, 0x77, 0xC2),
            rgb(0x17, 0xBE, 0xCF),
            rgb(0xBC, 0xBD, 0x22));

    static final byte[] UP = rgb(0x2E, 0x7D, 0x32);
    static final byte[] DOWN = rgb(0xC6, 0x28, 0x28);
    static final byte[] TOTAL = rgb(0x1F, 0x4E, 0x79);

    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /** A chart's size in pixels. */
    static final int WIDTH = 520;

    static final int HEIGHT = 280;

    private XlsxCharts() {}

    private static byte[] rgb(int red, int green, int blue) {
        return new byte[] {(byte) red, (byte) green, (byte) blue};
    }

    /**
     * A line chart of one series.
     *
     * @param sheet the sheet the chart is drawn on and whose cells it shows
     * @param x the chart's left edge in pixels from the sheet's left
     * @param row the row of the chart's top edge
     * @param title the chart's title
     * @param categories the cells of the months, in one row
     * @param values the cells of the figures, in one row
     * @param name the cell of the series' name
     * @param numberFormat the value axis' number format
     * @param colour the line's colour
     */
    static XSSFChart line(
            XSSFSheet sheet,
            int x,
            int row,
            String title,
            CellRangeAddress categories,
            CellRangeAddress values,
            CellReference name,
            String numberFormat,
            byte[] colour) {
        XSSFChart chart = chart(sheet, x, row, title);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setNumberFormat(numberFormat);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        XDDFDataSource<String> months = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        XDDFLineChartData.Series series = (XDDFLineChartData.Series)
                data.addSeries(months, XDDFDataSourcesFactory.fromNumericCellRange(sheet, values));
        series.setTitle(sheet.getRow(name.getRow()).getCell(name.getCol()).getStringCellValue(), name);
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        XDDFLineProperties line = new XDDFLineProperties(solid(colour));
        line.setWidth(2.25);
        series.setLineProperties(line);
        chart.plot(data);
        CTMarker marker = series.getCTLineSer().getMarker();
        XDDFShapeProperties markerShape =
                new XDDFShapeProperties(marker.isSetSpPr() ? marker.getSpPr() : marker.addNewSpPr());
        markerShape.setFillProperties(solid(colour));
        markerShape.setLineProperties(new XDDFLineProperties(solid(colour)));
        return chart;
    }

    /**
     * MRR's movements as a waterfall: columns stacked on an invisible base, rises, falls and totals each in
     * their colour.
     *
     * @param categories the cells of the movements' names, in one column
     * @param base the cells of each bar's base, in one column; then those of the rises, falls and totals, each
     *     in the next column, with their names in the header row above
     * @param header the header row of the columns
     */
    static XSSFChart waterfall(
            XSSFSheet sheet,
            int x,
            int row,
            String title,
            CellRangeAddress categories,
            int base,
            int header,
            String numberFormat,
            List<Movement> movements) {
        XSSFChart chart = chart(sheet, x, row, title);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setNumberFormat(numberFormat);
        left.setMinimum(axisMinimum(movements));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setGapWidth(60);
        data.setVaryColors(false);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        List<byte[]> colours = Arrays.asList(null, UP, DOWN, TOTAL);
        for (int i = 0; i < colours.size(); i++) {
            int column = base + i;
            CellRangeAddress cells =
                    new CellRangeAddress(categories.getFirstRow(), categories.getLastRow(), column, column);
            XDDFChartData.Series series =
                    data.addSeries(names, XDDFDataSourcesFactory.fromNumericCellRange(sheet, cells));
            series.setTitle(
                    sheet.getRow(header).getCell(column).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), header, column, true, true));
            XDDFFillProperties fill = colours.get(i) == null ? new XDDFNoFillProperties() : solid(colours.get(i));
            series.setFillProperties(fill);
            series.setLineProperties(new XDDFLineProperties(
                    colours.get(i) == null ? new XDDFNoFillProperties() : solid(colours.get(i))));
        }
        chart.plot(data);
        overlap(chart.getCTChart().getPlotArea().getBarChartArray(0));
        CTLegendEntry hidden = chart.getCTChart().getLegend().addNewLegendEntry();
        hidden.addNewIdx().setVal(0);
        hidden.addNewDelete().setVal(true);
        return chart;
    }

    /**
     * Where the waterfall's axis starts: below the lowest bar by half the bars' span, rounded down to a round
     * figure, so that movements small beside the totals still show; 0 when a bar reaches down to 0.
     */
    static double axisMinimum(List<Movement> movements) {
        BigDecimal lowest = null;
        BigDecimal highest = BigDecimal.ZERO;
        for (Movement movement : movements) {
            BigDecimal bottom = movement.kind() == Movement.Kind.TOTAL ? movement.amount() : movement.base();
            BigDecimal top = movement.base().add(movement.amount());
            lowest = lowest == null || bottom.compareTo(lowest) < 0 ? bottom : lowest;
            highest = top.compareTo(highest) > 0 ? top : highest;
        }
        if (lowest == null || lowest.signum() <= 0) {
            return 0;
        }
        double span = highest.subtract(lowest).doubleValue();
        double below = lowest.doubleValue() - Math.max(span, lowest.doubleValue() * 0.05) / 2;
        if (below <= 0) {
            return 0;
        }
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(span, 1))));
        return Math.floor(below / step) * step;
    }

    /**
     * Lets a stacked column's series overlap fully, so they stack in one column: {@code <c:overlap val="100"/>}
     * after the gap width, written through a cursor as POI's slim schemas lack the overlap's type.
     */
    private static void overlap(CTBarChart bars) {
        try (XmlCursor cursor = bars.getGapWidth().newCursor()) {
            cursor.toNextSibling();
            cursor.beginElement(new QName(CHART_NAMESPACE, "overlap", "c"));
            cursor.insertAttributeWithValue("val", "100");
        }
    }

    private static XSSFChart chart(XSSFSheet sheet, int x, int row, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int rows =
                Math.round(HEIGHT * Units.EMU_PER_PIXEL / (sheet.getDefaultRowHeightInPoints() * Units.EMU_PER_POINT));
        long[] start = column(sheet, (long) x * Units.EMU_PER_PIXEL);
        long[] end = column(sheet, (long) (x + WIDTH) * Units.EMU_PER_PIXEL);
        XSSFClientAnchor anchor =
                drawing.createAnchor((int) start[1], 0, (int) end[1], 0, (int) start[0], row, (int) end[0], row + rows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /** The column an offset from the sheet's left edge falls in, and the offset within it, in EMU. */
    private static long[] column(XSSFSheet sheet, long x) {
        long left = x;
        for (int column = 0; ; column++) {
            long width = Units.columnWidthToEMU(sheet.getColumnWidth(column));
            if (left < width) {
                return new long[] {column, left};
            }
            left -= width;
        }
    }

    private static XDDFSolidFillProperties solid(byte[] colour) {
        return new XDDFSolidFillProperties(XDDFColor.from(colour));
    }
}
