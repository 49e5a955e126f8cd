package org.kizuna.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.kizuna.cli.MetricsCsv;

/**
 * A report as CSV: every figure behind it ({@link Report#rows()}), one row per metric, period and segment with
 * the fields of the JSON contract, as {@code kizuna metrics --format csv} writes them; in UTF-8, optionally
 * with a byte order mark so that Excel reads the file as UTF-8 when it is opened by double-click.
 */
public final class CsvReport implements ReportWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final boolean bom;

    /** @param bom whether the file starts with a UTF-8 byte order mark */
    public CsvReport(boolean bom) {
        this.bom = bom;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        String text = MetricsCsv.write(report.rows());
        out.write(bom ? withBom(text) : text.getBytes(StandardCharsets.UTF_8));
    }

    /** CSV text in UTF-8 behind a byte order mark, as Excel wants it to open the file as UTF-8. */
    public static byte[] withBom(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(BOM, BOM.length + utf8.length);
        System.arraycopy(utf8, 0, bytes, BOM.length, utf8.length);
        return bytes;
    }
}
