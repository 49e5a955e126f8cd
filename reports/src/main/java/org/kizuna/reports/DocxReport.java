package org.kizuna.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLegendEntry;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.kizuna.cli.MetricsTable;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.cohort.CohortTable;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;

/**
 * A report as a Word document (DOCX): the title and what the report covers, a table of contents, an overview
 * table of every metric against the period before and its target, then family by family each metric with its
 * formula, convention, a line chart of its months and its breakdown; MRR's movements as a table and a
 * waterfall chart; the cohort table shaded by retention; and notes on the metrics without data. Headings use
 * Word's built-in heading styles, so the navigation pane and the table of contents list them; charts are
 * native charts with their data, which Word and LibreOffice can edit.
 */
public final class DocxReport implements ReportWriter {

    /** The colour of each series line, family by family in the catalogue's order. */
    static final List<String> LINE_COLOURS = List.of("2E75B6", "C55A11", "548235", "7030A0", "BF8F00", "1F7A7A");

    /** The colours of the waterfall's rises, falls and totals. */
    static final String UP = "70AD47";

    static final String DOWN = "E15759";
    static final String TOTAL = "2E75B6";

    /** The darkest shade of the cohort table, for the highest retention. */
    static final String COHORT_SHADE = "1F4E79";

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm (VV)");

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            new Writing(report, document).write();
            document.write(out);
        }
    }

    /** One document being written: the report, the document and the headings so far. */
    private static final class Writing {

        private final Report report;
        private final XWPFDocument document;
        private final Language language;
        private final boolean ja;
        private final List<Docx.Entry> headings = new ArrayList<>();

        Writing(Report report, XWPFDocument document) {
            this.report = report;
            this.document = document;
            this.language = report.language();
            this.ja = report.ja();
        }

        void write() throws IOException {
            Docx.setUp(document, ja);
            Docx.paragraph(document, "Title", report.title());
            details();
            Docx.paragraph(document, "TOCHeading", report.text("contents"));
            XWPFParagraph afterContents = document.createParagraph();
            afterContents.createRun().addBreak(BreakType.PAGE);
            overview();
            for (ReportSection section : report.sections()) {
                section(section, LINE_COLOURS.get(section.family().ordinal() % LINE_COLOURS.size()));
            }
            movements();
            cohorts();
            notes();
            footer();
            Docx.tableOfContents(document, afterContents, headings);
            document.enforceUpdateFields();
        }

        private void heading(int level, String text) {
            String bookmark = "_Toc" + (headings.size() + 1);
            Docx.heading(document, level, text, bookmark, headings.size() + 1);
            headings.add(new Docx.Entry(level, text, bookmark));
        }

        private void details() {
            List<String[]> rows = List.of(
                    new String[] {report.text("workspace"), report.workspace()},
                    new String[] {report.text("period"), report.period().label()},
                    new String[] {report.text("segment"), report.segmentLabel()},
                    new String[] {
                        report.text("breakdown.by"), report.by() == null ? report.text("segment.none") : report.by()
                    },
                    new String[] {report.text("generated"), GENERATED.format(report.generatedAt())});
            Docx.table(document, new int[] {1, 3}, rows, Set.of(), false);
        }

        private void overview() {
            heading(1, report.text("overview"));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {
                report.text("family"),
                report.text("metric"),
                report.text("value"),
                report.text("change"),
                report.text("target"),
                report.text("status")
            });
            for (ReportSection section : report.sections()) {
                for (ReportMetric metric : section.metrics()) {
                    rows.add(new String[] {
                        section.name(),
                        metric.name(language),
                        metric.valueText(language),
                        changeText(metric),
                        metric.targetText(),
                        statusText(metric)
                    });
                }
            }
            Docx.table(document, new int[] {5, 6, 4, 3, 2, 3}, rows, Set.of(2, 3), true);
        }

        private void section(ReportSection section, String colour) throws IOException {
            heading(1, section.name());
            for (ReportMetric metric : section.metrics()) {
                heading(2, metric.name(language));
                List<String[]> facts = new ArrayList<>();
                facts.add(new String[] {report.text("value"), metric.valueText(language)});
                MetricResult previous = metric.previous();
                if (previous != null) {
                    facts.add(new String[] {
                        report.text("previous") + " (" + previous.period() + ")",
                        MetricsTable.value(previous.value(), previous.unit(), ja)
                    });
                }
                facts.add(new String[] {report.text("change"), changeText(metric)});
                if (!metric.targetText().isEmpty()) {
                    facts.add(new String[] {report.text("target"), metric.targetText()});
                    facts.add(new String[] {report.text("status"), statusText(metric)});
                }
                facts.add(new String[] {
                    report.text("formula"), metric.definition().formula(language)
                });
                if (metric.current().convention() != null) {
                    facts.add(new String[] {
                        report.text("convention"), metric.current().convention()
                    });
                }
                Docx.table(document, new int[] {1, 3}, facts, Set.of(), false);
                if (metric.series().stream().anyMatch(MetricResult::hasData)) {
                    seriesChart(metric, colour);
                }
                if (report.by() != null && !metric.breakdown().isEmpty()) {
                    breakdown(metric);
                }
            }
        }

        private void seriesChart(ReportMetric metric, String colour) throws IOException {
            List<MetricResult> series = metric.series();
            String[] months = new String[series.size()];
            Double[] values = new Double[series.size()];
            for (int i = 0; i < series.size(); i++) {
                months[i] = series.get(i).period();
                BigDecimal value = series.get(i).value();
                values[i] = value == null ? null : value.doubleValue();
            }
            XWPFChart chart = Docx.chart(document, report.text("series"), 16, 6.5);
            XDDFLineChartData data = (XDDFLineChartData) plot(chart, ChartTypes.LINE, numberFormat(metric));
            data.setVaryColors(false);
            String name = metric.name(language);
            XDDFLineChartData.Series line = (XDDFLineChartData.Series)
                    data.addSeries(Docx.categories(chart, months), Docx.values(chart, values, 1));
            line.setTitle(name, chart.setSheetTitle(name, 1));
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            line.setShapeProperties(Docx.line(colour, 2.25));
            CTMarker marker = line.getCTLineSer().getMarker();
            marker.setSpPr(Docx.fill(colour).getXmlObject());
            chart.plot(data);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }

        /** A plot of a type over a category axis at the bottom and a value axis at the left with grid lines. */
        private static XDDFChartData plot(XWPFChart chart, ChartTypes type, String numberFormat) {
            XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
            categories.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            values.setCrossBetween(AxisCrossBetween.BETWEEN);
            values.setNumberFormat(numberFormat);
            values.getOrAddMajorGridProperties()
                    .setLineProperties(Docx.line("D9D9D9", 0.75).getLineProperties());
            return chart.createData(type, categories, values);
        }

        private void breakdown(ReportMetric metric) {
            Docx.paragraph(document, "Caption", report.text("breakdown", report.by()));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {report.text("segment.value", report.by()), report.text("value")});
            for (MetricResult result : metric.breakdown()) {
                String value = result.segment().attributes().get(report.by());
                rows.add(new String[] {
                    value == null ? report.text("segment.none") : value,
                    MetricsTable.value(result.value(), result.unit(), ja)
                });
            }
            Docx.table(document, new int[] {3, 2}, rows, Set.of(1), true);
        }

        private void movements() throws IOException {
            List<Movement> bars = report.movements();
            if (bars.isEmpty()) {
                return;
            }
            heading(1, report.text("movements"));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {report.text("movements"), report.text("movements.amount")});
            for (Movement bar : bars) {
                rows.add(new String[] {partName(bar), MetricsTable.value(bar.signed(), report.currency(), ja)});
            }
            Docx.table(document, new int[] {3, 2}, rows, Set.of(1), true);
            waterfall(bars);
        }

        /**
         * MRR's movements as a waterfall: stacked columns of an invisible base (the running total below each
         * bar) and the rises, falls and totals above it.
         */
        private void waterfall(List<Movement> bars) throws IOException {
            String[] parts = new String[bars.size()];
            Double[][] heights = new Double[4][bars.size()];
            for (int i = 0; i < bars.size(); i++) {
                Movement bar = bars.get(i);
                parts[i] = partName(bar);
                heights[0][i] = bar.base().doubleValue();
                heights[1][i] = bar.kind() == Movement.Kind.UP ? bar.amount().doubleValue() : 0.0;
                heights[2][i] = bar.kind() == Movement.Kind.DOWN ? bar.amount().doubleValue() : 0.0;
                heights[3][i] = bar.kind() == Movement.Kind.TOTAL ? bar.amount().doubleValue() : 0.0;
            }
            String[] names = {
                report.text("docx.waterfall.base"),
                report.text("docx.waterfall.up"),
                report.text("docx.waterfall.down"),
                report.text("docx.waterfall.total")
            };
            String[] colours = {null, UP, DOWN, TOTAL};
            XWPFChart chart = Docx.chart(document, report.text("movements") + " (" + report.currency() + ")", 16, 8);
            XDDFBarChartData data = (XDDFBarChartData) plot(chart, ChartTypes.BAR, "#,##0");
            data.setBarDirection(BarDirection.COL);
            data.setBarGrouping(BarGrouping.STACKED);
            data.setVaryColors(false);
            XDDFCategoryDataSource categories = Docx.categories(chart, parts);
            for (int s = 0; s < names.length; s++) {
                XDDFChartData.Series series = data.addSeries(categories, Docx.values(chart, heights[s], s + 1));
                series.setTitle(names[s], chart.setSheetTitle(names[s], s + 1));
                series.setShapeProperties(Docx.fill(colours[s]));
            }
            chart.plot(data);
            // Stacked columns overlap fully; set in the XML, as POI's setters need schema types it leaves out.
            Docx.beforeAxes(chart.getCTChart().getPlotArea().getBarChartArray(0), "gapWidth", "50");
            Docx.beforeAxes(chart.getCTChart().getPlotArea().getBarChartArray(0), "overlap", "100");
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFLegendEntry base = chart.getOrAddLegend().addEntry();
            base.setIndex(0);
            base.setDelete(true);
        }

        private String partName(Movement bar) {
            return report.text("movements.part." + bar.part());
        }

        private void cohorts() {
            CohortTable table = report.cohorts();
            if (table == null || table.rows().isEmpty()) {
                return;
            }
            heading(1, report.text("cohorts"));
            boolean percent = "percent".equals(table.unit());
            if (percent) {
                Docx.paragraph(document, "Normal", report.text("docx.cohorts.percent"));
            }
            int months = table.rows().stream()
                    .mapToInt(row -> row.cells().size())
                    .max()
                    .orElse(0);
            List<String[]> rows = new ArrayList<>();
            String[] header = new String[months + 2];
            header[0] = report.text("cohorts.cohort");
            header[1] = report.text("cohorts.customers");
            for (int m = 0; m < months; m++) {
                header[m + 2] = report.text("cohorts.month", m);
            }
            rows.add(header);
            BigDecimal highest = null;
            BigDecimal lowest = null;
            for (CohortTable.Row row : table.rows()) {
                String[] cells = new String[months + 2];
                cells[0] = row.cohort();
                cells[1] = MetricsTable.value(BigDecimal.valueOf(row.customers()), "count", ja);
                for (int m = 0; m < row.cells().size(); m++) {
                    BigDecimal cell = row.cells().get(m);
                    cells[m + 2] = cell == null ? "" : MetricsTable.value(cell, percent ? "score" : table.unit(), ja);
                    if (cell != null) {
                        highest = highest == null || cell.compareTo(highest) > 0 ? cell : highest;
                        lowest = lowest == null || cell.compareTo(lowest) < 0 ? cell : lowest;
                    }
                }
                rows.add(cells);
            }
            int[] weights = new int[months + 2];
            Arrays.fill(weights, 2);
            weights[0] = 3;
            Set<Integer> figures = new HashSet<>();
            for (int c = 1; c < months + 2; c++) {
                figures.add(c);
            }
            XWPFTable written = Docx.table(document, weights, rows, figures, true);
            if (months > 6) {
                Docx.narrow(written);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                XWPFTableRow row = written.getRow(r + 1);
                List<BigDecimal> cells = table.rows().get(r).cells();
                for (int m = 0; m < cells.size(); m++) {
                    if (cells.get(m) != null) {
                        shade(row.getCell(m + 2), cells.get(m), lowest, highest);
                    }
                }
            }
        }

        /**
         * Shades a cohort cell by where its value lies between the table's lowest and highest: lightly for the
         * lowest, darkest for the highest, with white text on dark cells.
         */
        private static void shade(XWPFTableCell cell, BigDecimal value, BigDecimal lowest, BigDecimal highest) {
            double range = highest.subtract(lowest).doubleValue();
            double share = range <= 0 ? 1 : value.subtract(lowest).doubleValue() / range;
            double depth = 0.15 + 0.85 * share;
            cell.setColor(cohortShade(depth));
            if (depth > 0.55) {
                cell.getParagraphs().get(0).getRuns().get(0).setColor("FFFFFF");
            }
        }

        private void notes() {
            List<ReportMetric> without = report.withoutData();
            if (without.isEmpty()) {
                return;
            }
            heading(1, report.text("notes"));
            Docx.paragraph(document, "Normal", report.text("notes.intro"));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {report.text("metric"), report.text("family"), report.text("notes.needs")});
            for (ReportSection section : report.sections()) {
                for (ReportMetric metric : section.metrics()) {
                    if (!metric.current().hasData()) {
                        rows.add(new String[] {metric.name(language), section.name(), section.needs()});
                    }
                }
            }
            Docx.table(document, new int[] {3, 3, 4}, rows, Set.of(), true);
        }

        /** "Page 3 of 12" in the footer, the numbers being fields Word and LibreOffice fill as they lay out. */
        private void footer() {
            XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph paragraph = footer.createParagraph();
            paragraph.setStyle("Footer");
            String pattern = report.text("page");
            int page = pattern.indexOf("{0}");
            int pages = pattern.indexOf("{1}");
            paragraph.createRun().setText(pattern.substring(0, page));
            Docx.simpleField(paragraph, "PAGE", "1");
            paragraph.createRun().setText(pattern.substring(page + 3, pages));
            Docx.simpleField(paragraph, "NUMPAGES", "1");
            paragraph.createRun().setText(pattern.substring(pages + 3));
        }

        private String changeText(ReportMetric metric) {
            BigDecimal change = metric.change();
            if (change == null) {
                return "";
            }
            return (change.signum() > 0 ? "+" : "") + MetricsTable.value(change, "score", ja);
        }

        private String statusText(ReportMetric metric) {
            return switch (metric.status()) {
                case MET -> report.text("status.met");
                case MISSED -> report.text("status.missed");
                case NONE -> "";
            };
        }

        /** The value axis's number format: the decimals the metric's values are rounded to. */
        private static String numberFormat(ReportMetric metric) {
            int scale = metric.series().stream()
                    .filter(MetricResult::hasData)
                    .mapToInt(result -> result.value().scale())
                    .max()
                    .orElse(0);
            return scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
        }
    }

    /** The shade of a cohort cell: white at 0, {@link #COHORT_SHADE} at 1, mixed in between. */
    static String cohortShade(double share) {
        byte[] dark = Docx.rgb(COHORT_SHADE);
        StringBuilder rgb = new StringBuilder();
        for (byte channel : dark) {
            int mixed = (int) Math.round(255 + ((channel & 0xFF) - 255) * share);
            rgb.append(String.format("%02X", mixed));
        }
        return rgb.toString();
    }
}
