package org.kizuna.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.kizuna.cli.MetricsTable;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.cohort.CohortTable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a report as an A4 PDF: a title block and a table of contents with page numbers, an overview of every
 * metric against its target, a section per family with each metric's formula, convention, month-by-month line
 * chart and breakdown table, MRR's movements as a table and a waterfall, the cohort table shaded as a heat map,
 * and a notes page for the metrics without data. Every page is numbered "Page n of N" and the document has an
 * outline (bookmarks) of its sections. Text is set in IPAexGothic, embedded as a subset; charts are vector
 * drawings.
 *
 * <p>The report is first built as an XHTML document, then laid out in pages by Open HTML to PDF following CSS
 * paged media: long tables break across pages with their header repeated.
 */
public final class PdfReport implements ReportWriter {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (VV)");

    static {
        XRLog.setLoggingEnabled(false);
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        ReportFont font = ReportFont.get();
        PdfCharts charts = new PdfCharts();
        Document document = new Builder(report, charts, font.family()).build();
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            builder.useFont(new PDFontSupplier(font.embedIn(pdf)), font.family(), 400, FontStyle.NORMAL, true);
            builder.useObjectDrawerFactory(charts);
            builder.withW3cDocument(document, "about:blank");
            builder.toStream(out);
            builder.run();
        }
    }

    /** Builds the XHTML document of one report. */
    private static final class Builder {

        private final Report report;
        private final PdfCharts charts;
        private final String fontFamily;
        private final Document doc;
        private final Element head;
        private final Element body;
        private final Element bookmarks;
        private final Element contents;

        Builder(Report report, PdfCharts charts, String fontFamily) {
            this.report = report;
            this.charts = charts;
            this.fontFamily = fontFamily;
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                this.doc = factory.newDocumentBuilder().newDocument();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("no XML document builder", e);
            }
            Element html = doc.createElementNS(XHTML, "html");
            html.setAttribute("lang", report.ja() ? "ja" : "en");
            doc.appendChild(html);
            head = add(html, "head");
            body = add(html, "body");
            bookmarks = doc.createElementNS(XHTML, "bookmarks");
            contents = doc.createElementNS(XHTML, "tbody");
        }

        Document build() {
            add(head, "title", report.title());
            add(head, "style", css());
            head.appendChild(bookmarks);
            titleBlock();
            overview();
            for (ReportSection section : report.sections()) {
                family(section);
            }
            movements();
            cohorts();
            notes();
            return doc;
        }

        private void titleBlock() {
            add(body, "h1", report.title()).setAttribute("class", "title");
            Element meta = add(body, "table");
            meta.setAttribute("class", "meta");
            Element table = add(meta, "tbody");
            row(table, "th", report.text("workspace"), "td", report.workspace());
            row(table, "th", report.text("period"), "td", report.period().label());
            row(table, "th", report.text("segment"), "td", report.segmentLabel());
            row(table, "th", report.text("breakdown.by"), "td", report.by() == null ? "—" : report.by());
            row(
                    table,
                    "th",
                    report.text("generated"),
                    "td",
                    report.generatedAt().format(GENERATED));
            add(body, "h2", report.text("contents")).setAttribute("class", "contents");
            Element toc = add(body, "table");
            toc.setAttribute("class", "toc");
            toc.appendChild(contents);
        }

        private void overview() {
            Element section = section("overview", report.text("overview"), 2);
            Element table = table(
                    section,
                    "overview",
                    report.text("family"),
                    report.text("metric"),
                    report.text("value"),
                    report.text("change"),
                    report.text("target"),
                    report.text("status"));
            for (ReportSection family : report.sections()) {
                for (ReportMetric metric : family.metrics()) {
                    Element tr = add(table, "tr");
                    add(tr, "td", family.name());
                    add(tr, "td", metric.name(report.language()));
                    add(tr, "td", metric.valueText(report.language())).setAttribute("class", "num");
                    change(add(tr, "td"), metric);
                    add(tr, "td", metric.targetText()).setAttribute("class", "num");
                    status(add(tr, "td"), metric);
                }
            }
        }

        private void family(ReportSection family) {
            Element section = section("family-" + family.family().name(), family.name(), 2);
            Element outline = (Element) bookmarks.getLastChild();
            for (ReportMetric metric : family.metrics()) {
                String id = "metric-" + metric.id();
                Element block = add(section, "div");
                block.setAttribute("class", "metric");
                Element h3 = add(block, "h3", metric.name(report.language()));
                h3.setAttribute("id", id);
                Element mark = add(outline, "bookmark");
                mark.setAttribute("name", metric.name(report.language()));
                mark.setAttribute("href", "#" + id);
                Element facts = add(add(block, "table"), "tbody");
                ((Element) facts.getParentNode()).setAttribute("class", "facts");
                row(facts, "th", report.text("value"), "td", metric.valueText(report.language()));
                MetricResult previous = metric.previous();
                if (previous != null) {
                    row(
                            facts,
                            "th",
                            report.text("previous") + " (" + previous.period() + ")",
                            "td",
                            MetricsTable.value(previous.value(), previous.unit(), report.ja()));
                }
                Element changeRow = add(facts, "tr");
                add(changeRow, "th", report.text("change"));
                change(add(changeRow, "td"), metric);
                if (!metric.targetText().isEmpty()) {
                    Element targetRow = add(facts, "tr");
                    add(targetRow, "th", report.text("target"));
                    Element cell = add(targetRow, "td", metric.targetText() + "  ");
                    status(add(cell, "span"), metric);
                }
                row(
                        facts,
                        "th",
                        report.text("formula"),
                        "td",
                        metric.definition().formula(report.language()));
                String convention = metric.current().convention();
                if (convention != null && !convention.isBlank()) {
                    row(facts, "th", report.text("convention"), "td", convention);
                }
                series(block, metric);
                breakdown(block, metric);
            }
        }

        private void series(Element block, ReportMetric metric) {
            if (metric.series().stream().noneMatch(MetricResult::hasData)) {
                return;
            }
            add(block, "h4", report.text("series"));
            List<String> labels = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            for (MetricResult month : metric.series()) {
                labels.add(month.period());
                values.add(month.value());
            }
            chart(block, new PdfCharts.Line(labels, values), "series-chart");
        }

        private void breakdown(Element block, ReportMetric metric) {
            if (report.by() == null || metric.breakdown().isEmpty()) {
                return;
            }
            add(block, "h4", report.text("breakdown", report.by()));
            Element table = table(block, "breakdown", report.text("segment.value", report.by()), report.text("value"));
            for (MetricResult result : metric.breakdown()) {
                String value = result.segment().attributes().get(report.by());
                Element tr = add(table, "tr");
                add(tr, "td", value == null ? report.text("segment.none") : value);
                add(tr, "td", MetricsTable.value(result.value(), result.unit(), report.ja()))
                        .setAttribute("class", "num");
            }
        }

        private void movements() {
            if (report.movements().isEmpty()) {
                return;
            }
            Element section = section("movements", report.text("movements"), 2);
            Element table = table(section, "movements", report.text("movements.part"), report.text("movements.amount"));
            List<String> labels = new ArrayList<>();
            for (Movement movement : report.movements()) {
                String label = report.text("movements.part." + movement.part());
                labels.add(label);
                Element tr = add(table, "tr");
                add(tr, "td", label);
                String amount = MetricsTable.value(movement.signed(), report.currency(), report.ja());
                add(tr, "td", movement.kind() == Movement.Kind.UP ? "+" + amount : amount)
                        .setAttribute("class", movement.kind() == Movement.Kind.TOTAL ? "num total" : "num");
            }
            chart(section, new PdfCharts.Waterfall(labels, report.movements()), "waterfall-chart");
        }

        private void cohorts() {
            CohortTable cohorts = report.cohorts();
            if (cohorts == null) {
                return;
            }
            boolean percent = "percent".equals(cohorts.unit());
            Element section =
                    section("cohorts", report.text("cohorts") + " (" + (percent ? "%" : cohorts.unit()) + ")", 2);
            int months = cohorts.rows().stream()
                    .mapToInt(row -> row.cells().size())
                    .max()
                    .orElse(0);
            BigDecimal highest = cohorts.rows().stream()
                    .flatMap(row -> row.cells().stream())
                    .filter(Objects::nonNull)
                    .max(BigDecimal::compareTo)
                    .orElse(BigDecimal.ONE);
            double scale = percent ? 100 : Math.max(1e-9, highest.doubleValue());
            List<String> headers =
                    new ArrayList<>(List.of(report.text("cohorts.cohort"), report.text("cohorts.customers")));
            for (int month = 0; month < months; month++) {
                headers.add(report.text("cohorts.month", month));
            }
            Element table = table(section, "cohorts", headers.toArray(String[]::new));
            for (CohortTable.Row row : cohorts.rows()) {
                Element tr = add(table, "tr");
                add(tr, "td", row.cohort());
                add(tr, "td", MetricsTable.value(BigDecimal.valueOf(row.customers()), "count", report.ja()))
                        .setAttribute("class", "num");
                for (int month = 0; month < months; month++) {
                    BigDecimal cell = month < row.cells().size() ? row.cells().get(month) : null;
                    Element td = add(tr, "td", cell == null ? "" : MetricsTable.value(cell, "score", report.ja()));
                    td.setAttribute("class", "num heat");
                    if (cell != null) {
                        td.setAttribute("style", heat(cell.doubleValue() / scale));
                    }
                }
            }
        }

        private void notes() {
            List<ReportMetric> missing = report.withoutData();
            if (missing.isEmpty()) {
                return;
            }
            Element section = section("notes", report.text("notes"), 2);
            add(section, "p", report.text("notes.intro"));
            Element table =
                    table(section, "notes", report.text("family"), report.text("metric"), report.text("notes.needs"));
            for (ReportSection family : report.sections()) {
                for (ReportMetric metric : family.metrics()) {
                    if (!metric.current().hasData()) {
                        Element tr = add(table, "tr");
                        add(tr, "td", family.name());
                        add(tr, "td", metric.name(report.language()));
                        add(tr, "td", family.needs());
                    }
                }
            }
        }

        /** A section starting on a new page, with its heading, a line in the contents and a bookmark. */
        private Element section(String id, String title, int level) {
            Element section = add(body, "div");
            section.setAttribute("class", "section");
            Element heading = add(section, "h" + level, title);
            heading.setAttribute("id", id);
            Element line = add(contents, "tr");
            Element name = add(add(line, "td"), "a", title);
            name.setAttribute("href", "#" + id);
            Element page = add(add(line, "td"), "a");
            page.setAttribute("href", "#" + id);
            page.setAttribute("class", "page");
            ((Element) page.getParentNode()).setAttribute("class", "num");
            Element mark = add(bookmarks, "bookmark");
            mark.setAttribute("name", title);
            mark.setAttribute("href", "#" + id);
            return section;
        }

        /** A table with a header row that repeats on every page it runs over; returns its body. */
        private Element table(Element parent, String cssClass, String... headers) {
            Element table = add(parent, "table");
            table.setAttribute("class", "grid " + cssClass);
            Element tr = add(add(table, "thead"), "tr");
            for (String header : headers) {
                add(tr, "th", header);
            }
            return add(table, "tbody");
        }

        private void chart(Element parent, PdfCharts.Chart chart, String cssClass) {
            Element object = add(parent, "object");
            object.setAttribute("type", PdfCharts.TYPE);
            object.setAttribute(PdfCharts.ATTRIBUTE, charts.add(chart));
            object.setAttribute("class", "chart " + cssClass);
        }

        private void change(Element cell, ReportMetric metric) {
            BigDecimal change = metric.change();
            cell.setAttribute("class", "num" + (metric.trend() > 0 ? " good" : metric.trend() < 0 ? " bad" : ""));
            if (change != null) {
                String text = MetricsTable.value(change, metric.current().unit(), report.ja());
                cell.setTextContent(change.signum() > 0 ? "+" + text : text);
            }
        }

        private void status(Element cell, ReportMetric metric) {
            ReportMetric.Status status = metric.status();
            String existing = cell.getAttribute("class");
            cell.setAttribute(
                    "class",
                    (existing.isEmpty() ? "" : existing + " ") + "status "
                            + status.name().toLowerCase(Locale.ROOT));
            cell.setTextContent(report.text("status." + status.name().toLowerCase(Locale.ROOT)));
        }

        private void row(Element tbody, String headTag, String head, String cellTag, String cell) {
            Element tr = add(tbody, "tr");
            add(tr, headTag, head);
            add(tr, cellTag, cell);
        }

        private Element add(Element parent, String tag) {
            Element element = doc.createElementNS(XHTML, tag);
            parent.appendChild(element);
            return element;
        }

        private Element add(Element parent, String tag, String text) {
            Element element = add(parent, tag);
            element.setTextContent(printable(text));
            return element;
        }

        /**
         * The text with the signs the report's font lacks replaced by their Japanese-standard forms: ≥ and ≤
         * become ≧ and ≦.
         */
        private static String printable(String text) {
            return text.replace('≥', '≧').replace('≤', '≦');
        }

        /** A cohort cell's shading: white for 0, deep blue for the top of the scale. */
        private static String heat(double share) {
            double t = Math.max(0, Math.min(1, share));
            int r = (int) Math.round(255 + (0x1f - 255) * t);
            int g = (int) Math.round(255 + (0x5f - 255) * t);
            int b = (int) Math.round(255 + (0xbf - 255) * t);
            return String.format(
                    Locale.ROOT,
                    "background-color: #%02x%02x%02x; color: %s",
                    r,
                    g,
                    b,
                    t > 0.55 ? "#ffffff" : "#222222");
        }

        private String css() {
            return """
                    @page {
                      size: A4;
                      margin: 16mm 15mm 18mm 15mm;
                      @bottom-center {
                        content: %s;
                        font-family: %s;
                        font-size: 8pt;
                        color: #555555;
                      }
                    }
                    * { font-family: %s; font-weight: normal; font-style: normal; }
                    body { font-size: 9pt; color: #222222; line-height: 1.35; }
                    h1.title { font-size: 20pt; color: #1f3f7f; margin: 0 0 6mm 0; }
                    h2 { font-size: 15pt; color: #1f3f7f; margin: 0 0 4mm 0; padding-bottom: 1mm;
                         border-bottom: 0.6pt solid #1f3f7f; }
                    h2.contents { margin-top: 10mm; }
                    h3 { font-size: 12pt; color: #1f3f7f; margin: 5mm 0 2mm 0; }
                    h4 { font-size: 9.5pt; color: #444444; margin: 3mm 0 1mm 0; }
                    .section { page-break-before: always; }
                    .metric { page-break-inside: avoid; }
                    table { border-collapse: collapse; width: 100%%; }
                    table.meta { width: auto; }
                    table.meta th, table.facts th { text-align: left; color: #555555; padding: 1mm 6mm 1mm 0;
                         vertical-align: top; white-space: nowrap; }
                    table.meta td, table.facts td { padding: 1mm 0; }
                    table.facts th { width: 32mm; }
                    table.facts td.num { text-align: left; }
                    table.toc td { padding: 1.2mm 0; border-bottom: 0.4pt dotted #aaaaaa; }
                    table.toc a { color: #222222; text-decoration: none; }
                    table.toc a.page::after { content: target-counter(attr(href), page); }
                    table.grid { -fs-table-paginate: paginate; margin-bottom: 3mm; }
                    table.grid thead { display: table-header-group; }
                    table.grid tr { page-break-inside: avoid; }
                    table.grid th { background-color: #e8edf5; color: #1f3f7f; text-align: left;
                         padding: 1.2mm 1.5mm; border: 0.4pt solid #c5cfdf; }
                    table.grid td { padding: 1mm 1.5mm; border: 0.4pt solid #d5dbe5; vertical-align: top; }
                    table.overview th { white-space: nowrap; }
                    table.breakdown, table.movements { width: 60%%; }
                    table.cohorts { table-layout: fixed; font-size: 7.5pt; }
                    table.cohorts th, table.cohorts td { padding: 0.8mm 1mm; }
                    .num { text-align: right; white-space: nowrap; }
                    td.total { color: #1f3f7f; }
                    .good { color: #1b6e33; }
                    .bad { color: #b71c1c; }
                    .status.met { background-color: #d9f0de; color: #1b6e33; }
                    .status.missed { background-color: #fbdcdc; color: #b71c1c; }
                    span.status { padding: 0.3mm 1.5mm; }
                    object.chart { display: block; width: 170mm; height: 52mm; margin: 1mm 0 2mm 0; }
                    object.waterfall-chart { margin-top: 4mm; height: 80mm; }
                    """.formatted(pageCounter(), quote(fontFamily), quote(fontFamily));
        }

        /** The page footer's CSS content: the "page" label with the page counters in place of its arguments. */
        private String pageCounter() {
            String label = report.text("page", "\u0001", "\u0002");
            List<String> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            for (char c : label.toCharArray()) {
                if (c == '\u0001' || c == '\u0002') {
                    if (!literal.isEmpty()) {
                        parts.add(quote(literal.toString()));
                        literal.setLength(0);
                    }
                    parts.add(c == '\u0001' ? "counter(page)" : "counter(pages)");
                } else {
                    literal.append(c);
                }
            }
            if (!literal.isEmpty()) {
                parts.add(quote(literal.toString()));
            }
            return String.join(" ", parts);
        }

        /** A CSS string literal. */
        private static String quote(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\A ") + "\"";
        }
    }
}
