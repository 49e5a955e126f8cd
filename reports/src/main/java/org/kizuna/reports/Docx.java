package org.kizuna.reports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFFillProperties;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The building blocks of Word reports over Apache POI: the page and styles, headings with bookmarks, tables,
 * fields and the data of charts.
 */
final class Docx {

    /** The width of the text on an A4 page with 2 cm margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 9638;

    /** English Metric Units per centimetre, the measure of drawings. */
    static final int EMU_PER_CM = 360_000;

    private static final String HEADER_FILL = "D9E2F3";

    private Docx() {}

    /** A4 portrait with 2 cm margins, and the report's styles with the language of its text. */
    static void setUp(XWPFDocument document, boolean ja) throws IOException {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1134));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        try (InputStream in = Docx.class.getResourceAsStream("docx-styles.xml")) {
            String xml =
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{lang}", ja ? "ja-JP" : "en-US");
            document.createStyles().setStyles(StylesDocument.Factory.parse(xml).getStyles());
        } catch (XmlException e) {
            throw new IOException("the styles of Word reports are not valid XML", e);
        }
    }

    /** A paragraph of one style with one run of text. */
    static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        if (!text.isEmpty()) {
            paragraph.createRun().setText(text);
        }
        return paragraph;
    }

    /**
     * A heading of level 1 or 2 (styles {@code Heading1}, {@code Heading2}), wrapped in a bookmark that the
     * table of contents links to.
     */
    static XWPFParagraph heading(XWPFDocument document, int level, String text, String bookmark, int id) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + level);
        CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
        start.setName(bookmark);
        start.setId(BigInteger.valueOf(id));
        paragraph.createRun().setText(text);
        paragraph.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(id));
        return paragraph;
    }

    /**
     * A table of text, as wide as the page, in columns of the given relative widths. With a header, the first
     * row is bold, shaded and repeated at the top of each page; without, the first column is (labels beside
     * their values). The columns named are right-aligned (figures).
     */
    static XWPFTable table(
            XWPFDocument document, int[] weights, List<String[]> rows, Set<Integer> rightAligned, boolean header) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int[] widths = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = TEXT_WIDTH * weights[i] / total;
        }
        XWPFTable table = document.createTable(rows.size(), weights.length);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(TEXT_WIDTH));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (header && r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < weights.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                CTTcPr properties = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                properties.addNewTcW().setW(BigInteger.valueOf(widths[c]));
                properties.getTcW().setType(STTblWidth.DXA);
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                paragraph.setStyle("TableText");
                boolean label = header ? r == 0 : c == 0;
                if (rightAligned.contains(c) && !label) {
                    paragraph.setAlignment(ParagraphAlignment.RIGHT);
                }
                String text = rows.get(r)[c];
                XWPFRun run = paragraph.createRun();
                run.setText(text == null ? "" : text);
                if (label) {
                    run.setBold(true);
                    cell.setColor(HEADER_FILL);
                }
            }
        }
        return table;
    }

    /** Makes a wide table fit the page: 7-point text and narrow cell margins. */
    static void narrow(XWPFTable table) {
        table.setCellMargins(0, 40, 0, 40);
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph paragraph : cell.getParagraphs()) {
                    paragraph.getRuns().forEach(run -> run.setFontSize(7));
                }
            }
        }
    }

    /** A field Word works out when it lays the page out, such as {@code PAGE}, showing a placeholder until then. */
    static void simpleField(XWPFParagraph paragraph, String instruction, String placeholder) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        field.addNewR().addNewT().setStringValue(placeholder);
    }

    /**
     * A table of contents of headings 1 and 2 (a TOC field with links to them): a field that Word fills when it
     * updates the document's fields. Until then it shows the entries given, each linking to its heading's
     * bookmark, so that other programs show the contents too.
     */
    static void tableOfContents(XWPFDocument document, XWPFParagraph before, List<Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            XWPFParagraph paragraph =
                    document.insertNewParagraph(before.getCTP().newCursor());
            paragraph.setStyle("TOC" + entry.level());
            CTP p = paragraph.getCTP();
            if (i == 0) {
                fieldChar(p, STFldCharType.BEGIN);
                instruction(p.addNewR(), "TOC \\o \"1-2\" \\h \\z \\u");
                fieldChar(p, STFldCharType.SEPARATE);
            }
            CTHyperlink link = p.addNewHyperlink();
            link.setAnchor(entry.bookmark());
            link.addNewR().addNewT().setStringValue(entry.text());
            if (i == entries.size() - 1) {
                fieldChar(p, STFldCharType.END);
            }
        }
    }

    /** One line of a table of contents: a heading's level, text and bookmark. */
    record Entry(int level, String text, String bookmark) {}

    private static void instruction(CTR run, String instruction) {
        CTText text = run.addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    private static void fieldChar(CTP paragraph, STFldCharType.Enum type) {
        CTR run = paragraph.addNewR();
        run.addNewFldChar().setFldCharType(type);
    }

    /** A chart with a title, drawn inline in its own paragraph, {@code width} × {@code height} centimetres. */
    static XWPFChart chart(XWPFDocument document, String title, double width, double height) throws IOException {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        try {
            XWPFChart chart = document.createChart(
                    paragraph.createRun(), (int) (width * EMU_PER_CM), (int) (height * EMU_PER_CM));
            chart.setTitleText(title);
            chart.setTitleOverlay(false);
            chart.getTitle().getOrAddTextProperties().setFontSize(12.0);
            chart.getTitle().getOrAddTextProperties().setBold(true);
            return chart;
        } catch (InvalidFormatException e) {
            throw new IOException("the chart could not be added to the document", e);
        }
    }

    /** The categories of a chart, kept in the first column of its embedded workbook. */
    static XDDFCategoryDataSource categories(XDDFChart chart, String[] names) {
        return XDDFDataSourcesFactory.fromArray(
                names, chart.formatRange(new CellRangeAddress(1, names.length, 0, 0)), 0);
    }

    /** One series' values, kept in a column of the chart's embedded workbook; null is a gap. */
    static XDDFNumericalDataSource<Double> values(XDDFChart chart, Double[] values, int column) {
        return XDDFDataSourcesFactory.fromArray(
                values, chart.formatRange(new CellRangeAddress(1, values.length, column, column)), column);
    }

    /** A solid colour, {@code RRGGBB}. */
    static XDDFFillProperties solid(String rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(rgb(rgb)));
    }

    /** Shape properties filled with a colour, or with nothing (no fill, no outline) when it is null. */
    static XDDFShapeProperties fill(String rgb) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        XDDFLineProperties line = new XDDFLineProperties();
        if (rgb == null) {
            shape.setFillProperties(new XDDFNoFillProperties());
            line.setFillProperties(new XDDFNoFillProperties());
        } else {
            shape.setFillProperties(solid(rgb));
            line.setFillProperties(solid(rgb));
        }
        shape.setLineProperties(line);
        return shape;
    }

    /** A line of a colour and width in points. */
    static XDDFShapeProperties line(String rgb, double width) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(solid(rgb));
        line.setWidth(width);
        shape.setLineProperties(line);
        return shape;
    }

    /**
     * Adds an element {@code <c:name val="value"/>} to a chart's plot before its axes, where the schema puts
     * {@code gapWidth} and {@code overlap}, through the XML tree rather than the typed setters (the small
     * schema jar of POI lacks their types).
     */
    static void beforeAxes(XmlObject plot, String name, String value) {
        try (XmlCursor cursor = plot.newCursor()) {
            cursor.toFirstChild();
            while (!"axId".equals(cursor.getName().getLocalPart())) {
                cursor.toNextSibling();
            }
            cursor.beginElement(new QName(CHART_NAMESPACE, name, "c"));
            cursor.insertAttributeWithValue("val", value);
        }
    }

    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    static byte[] rgb(String rgb) {
        int value = Integer.parseInt(rgb, 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }
}
