package org.kizuna.reports;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kizuna.cli.MetricsTable;
import org.w3c.dom.Element;

/**
 * The charts of a PDF report, drawn as vector paths where the document places an
 * {@code <object type="application/x-kizuna-chart" data-chart="…">}: a line chart of a metric's months and the
 * waterfall of MRR's movements. Labels are text in the report's embedded font.
 */
final class PdfCharts implements FSObjectDrawerFactory {

    /** The object type the document gives a chart. */
    static final String TYPE = "application/x-kizuna-chart";

    /** The attribute naming which chart an object is. */
    static final String ATTRIBUTE = "data-chart";

    /** A chart's data. */
    sealed interface Chart permits Line, Waterfall {}

    /** A metric month by month; a null value is a month with no data, where the line breaks. */
    record Line(List<String> labels, List<BigDecimal> values) implements Chart {}

    /** MRR's movements, one bar each, labelled in the report's language. */
    record Waterfall(List<String> labels, List<Movement> bars) implements Chart {}

    private static final Color TEXT = new Color(0x33, 0x33, 0x33);
    private static final Color AXIS = new Color(0x88, 0x88, 0x88);
    private static final Color GRID = new Color(0xe2, 0xe2, 0xe2);
    private static final Color SERIES = new Color(0x1f, 0x5f, 0xbf);
    private static final Color UP = new Color(0x2e, 0x8b, 0x57);
    private static final Color DOWN = new Color(0xc6, 0x28, 0x28);
    private static final Color TOTAL = new Color(0x4a, 0x5a, 0x78);
    private static final float LABEL_SIZE = 10f;

    private final Map<String, Chart> charts = new HashMap<>();

    /** Keeps a chart and returns the name the document's object refers to it by. */
    String add(Chart chart) {
        String id = "chart-" + (charts.size() + 1);
        charts.put(id, chart);
        return id;
    }

    @Override
    public boolean isReplacedObject(Element e) {
        return TYPE.equals(e.getAttribute("type")) && charts.containsKey(e.getAttribute(ATTRIBUTE));
    }

    @Override
    public FSObjectDrawer createDrawer(Element e) {
        if (!isReplacedObject(e)) {
            return null;
        }
        Chart chart = charts.get(e.getAttribute(ATTRIBUTE));
        return (element, x, y, width, height, device, context, dotsPerPixel) -> {
            double w = width / dotsPerPixel;
            double h = height / dotsPerPixel;
            device.drawWithGraphics((float) x, (float) y, (float) w, (float) h, g -> {
                if (chart instanceof Line line) {
                    drawLine(g, w, h, line);
                } else if (chart instanceof Waterfall waterfall) {
                    drawWaterfall(g, w, h, waterfall);
                }
            });
            return null;
        };
    }

    private static void drawLine(Graphics2D g, double w, double h, Line chart) {
        List<Double> values = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (BigDecimal value : chart.values()) {
            values.add(value == null ? null : value.doubleValue());
            if (value != null) {
                min = Math.min(min, value.doubleValue());
                max = Math.max(max, value.doubleValue());
            }
        }
        if (min > max) {
            return;
        }
        if (min > 0 && min < (max - min)) {
            min = 0;
        }
        Plot plot = Plot.of(g, w, h, Axis.of(min, max));
        int count = values.size();
        double slot = (plot.right - plot.left) / count;
        int every = Math.max(1, (int) Math.ceil(count / ((plot.right - plot.left) / 60)));
        for (int i = 0; i < count; i++) {
            if ((count - 1 - i) % every == 0) {
                plot.labelBelow(g, chart.labels().get(i), plot.left + slot * (i + 0.5));
            }
        }
        g.setColor(SERIES);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D path = new Path2D.Double();
        boolean drawing = false;
        for (int i = 0; i < count; i++) {
            Double value = values.get(i);
            if (value == null) {
                drawing = false;
                continue;
            }
            double px = plot.left + slot * (i + 0.5);
            double py = plot.y(value);
            if (drawing) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                drawing = true;
            }
        }
        g.draw(path);
        for (int i = 0; i < count; i++) {
            if (values.get(i) != null) {
                g.fill(new Ellipse2D.Double(plot.left + slot * (i + 0.5) - 3, plot.y(values.get(i)) - 3, 6, 6));
            }
        }
        int last = count - 1;
        while (last >= 0 && values.get(last) == null) {
            last--;
        }
        if (last >= 0) {
            String text = number(chart.values().get(last));
            g.setColor(TEXT);
            g.setFont(ReportFont.get().awt(LABEL_SIZE));
            double textWidth = width(g, text);
            double px = Math.min(plot.left + slot * (last + 0.5) - textWidth / 2, w - textWidth - 2);
            g.drawString(text, (float) px, (float) (plot.y(values.get(last)) - 8));
        }
    }

    private static void drawWaterfall(Graphics2D g, double w, double h, Waterfall chart) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Movement bar : chart.bars()) {
            double top = bar.base().add(bar.amount()).doubleValue();
            double bottom = bar.kind() == Movement.Kind.TOTAL ? top : bar.base().doubleValue();
            min = Math.min(min, bottom);
            max = Math.max(max, top);
        }
        if (chart.bars().isEmpty()) {
            return;
        }
        double floor = min - (max - min) * 0.5;
        Axis axis = Axis.of(min > 0 ? Math.max(0, floor) : min, max);
        Plot plot = Plot.of(g, w, h, axis);
        int count = chart.bars().size();
        double slot = (plot.right - plot.left) / count;
        double barWidth = slot * 0.6;
        g.setFont(ReportFont.get().awt(LABEL_SIZE));
        for (int i = 0; i < count; i++) {
            Movement bar = chart.bars().get(i);
            double center = plot.left + slot * (i + 0.5);
            double top = plot.y(bar.base().add(bar.amount()).doubleValue());
            double bottom = bar.kind() == Movement.Kind.TOTAL
                    ? plot.bottom
                    : plot.y(bar.base().doubleValue());
            g.setColor(
                    switch (bar.kind()) {
                        case TOTAL -> TOTAL;
                        case UP -> UP;
                        case DOWN -> DOWN;
                    });
            g.fill(new Rectangle2D.Double(center - barWidth / 2, top, barWidth, Math.max(1, bottom - top)));
            if (i + 1 < count) {
                double running = bar.kind() == Movement.Kind.DOWN
                        ? bar.base().doubleValue()
                        : bar.base().add(bar.amount()).doubleValue();
                g.setColor(AXIS);
                g.setStroke(new BasicStroke(
                        0.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
                g.draw(new Line2D.Double(
                        center + barWidth / 2, plot.y(running), center + slot - barWidth / 2, plot.y(running)));
            }
            String amount = (bar.kind() == Movement.Kind.UP ? "+" : bar.kind() == Movement.Kind.DOWN ? "−" : "")
                    + number(bar.amount());
            g.setColor(TEXT);
            g.drawString(amount, (float) (center - width(g, amount) / 2), (float) (top - 4));
            plot.labelBelow(g, chart.labels().get(i), center);
        }
    }

    /** A chart's frame: the plotting area inside the canvas, with its vertical axis, grid and labels drawn. */
    private record Plot(double left, double right, double top, double bottom, Axis axis) {

        static Plot of(Graphics2D g, double w, double h, Axis axis) {
            g.setFont(ReportFont.get().awt(LABEL_SIZE));
            double labelWidth = 0;
            for (double tick = axis.lo; tick <= axis.hi + axis.step / 2; tick += axis.step) {
                labelWidth = Math.max(labelWidth, width(g, axis.label(tick)));
            }
            Plot plot = new Plot(labelWidth + 10, w - 10, 18, h - 20, axis);
            g.setStroke(new BasicStroke(0.6f));
            for (double tick = axis.lo; tick <= axis.hi + axis.step / 2; tick += axis.step) {
                double y = plot.y(tick);
                g.setColor(GRID);
                g.draw(new Line2D.Double(plot.left, y, plot.right, y));
                g.setColor(TEXT);
                String label = axis.label(tick);
                g.drawString(label, (float) (plot.left - 5 - width(g, label)), (float) (y + LABEL_SIZE / 3));
            }
            g.setColor(AXIS);
            g.draw(new Line2D.Double(plot.left, plot.bottom, plot.right, plot.bottom));
            g.draw(new Line2D.Double(plot.left, plot.top, plot.left, plot.bottom));
            return plot;
        }

        double y(double value) {
            return bottom - (value - axis.lo) / (axis.hi - axis.lo) * (bottom - top);
        }

        void labelBelow(Graphics2D g, String text, double center) {
            g.setColor(TEXT);
            g.setFont(ReportFont.get().awt(LABEL_SIZE));
            g.drawString(text, (float) (center - width(g, text) / 2), (float) (bottom + LABEL_SIZE + 4));
        }
    }

    /** A vertical axis from {@code lo} to {@code hi} in round steps. */
    private record Axis(double lo, double hi, double step, int decimals) {

        static Axis of(double min, double max) {
            if (max - min < 1e-9) {
                double pad = Math.abs(max) < 1e-9 ? 1 : Math.abs(max) * 0.1;
                min -= pad;
                max += pad;
            }
            double raw = (max - min) / 4;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double ratio = raw / magnitude;
            double step = (ratio <= 1 ? 1 : ratio <= 2 ? 2 : ratio <= 2.5 ? 2.5 : ratio <= 5 ? 5 : 10) * magnitude;
            int decimals =
                    Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
            return new Axis(Math.floor(min / step) * step, Math.ceil(max / step) * step, step, decimals);
        }

        String label(double tick) {
            return number(BigDecimal.valueOf(Math.abs(tick) < step / 1e6 ? 0 : tick)
                    .setScale(decimals, RoundingMode.HALF_UP));
        }
    }

    /** A figure with thousands separators and its own decimals, as the tables write it, without a unit. */
    private static String number(BigDecimal value) {
        return MetricsTable.value(value, "score", false);
    }

    private static double width(Graphics2D g, String text) {
        Font font = g.getFont();
        Shape bounds = font.getStringBounds(text, g.getFontRenderContext());
        return bounds.getBounds2D().getWidth();
    }
}
