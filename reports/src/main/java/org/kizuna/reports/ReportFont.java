package org.kizuna.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font reports are set in: IPAexGothic, shipped in {@code org/kizuna/reports/fonts/} with its licence. It
 * has Japanese and Latin glyphs, so one font serves both languages; it is read once and kept.
 */
final class ReportFont {

    private static final String RESOURCE = "fonts/ipaexg.ttf";

    private static final ReportFont INSTANCE = load();

    private final byte[] bytes;
    private final Font awt;

    private ReportFont(byte[] bytes, Font awt) {
        this.bytes = bytes;
        this.awt = awt;
    }

    static ReportFont get() {
        return INSTANCE;
    }

    /** The font file. */
    InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    /**
     * The font ready to embed as a subset in a PDF document. Its glyph substitution table (GSUB) is left out: the
     * reports need none of its substitutions (vertical forms, ligatures), and applying it costs PDF writing most
     * of its time, as each run of text would compile a pattern from the table anew.
     */
    PDFont embedIn(PDDocument document) throws IOException {
        byte[] copy = bytes.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int table = 0; table < tables; table++) {
            int at = 12 + 16 * table;
            if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
                copy[at + 1] = 's';
                copy[at + 2] = 'u';
                copy[at + 3] = 'b';
            }
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(copy));
        return PDType0Font.load(document, font, true);
    }

    /** The font for drawing, at a size in points (or CSS pixels, on a chart's canvas). */
    Font awt(float size) {
        return awt.deriveFont(size);
    }

    /**
     * The family name documents ask for. It is the name Java gives the font, so that text drawn on a chart's
     * canvas maps to the same embedded font as the document's text.
     */
    String family() {
        return awt.getFamily();
    }

    private static ReportFont load() {
        try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the report font " + RESOURCE + " is missing from the class path");
            }
            byte[] bytes = in.readAllBytes();
            return new ReportFont(bytes, Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report font " + RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the report font " + RESOURCE + " is not a TrueType font", e);
        }
    }
}
