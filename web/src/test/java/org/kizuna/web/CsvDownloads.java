package org.kizuna.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reading the CSV files the dashboard's download links give, as a spreadsheet would. */
public final class CsvDownloads {

    private CsvDownloads() {}

    /**
     * Checks that the answer is a CSV file for Excel (UTF-8 after a byte order mark) saved under the name
     * given, and reads its rows by the header's names.
     */
    public static List<NamedCsvRecord> csvFile(HttpResponse<byte[]> response, String name) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("utf-8"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + name + "\"");
        byte[] bytes = response.body();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        return read(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    /** Checks that a download asked for without signing in sends the browser to the sign-in page. */
    public static void leadsToSignIn(HttpResponse<?> response, String path) {
        assertThat(response.statusCode()).as(path).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .as(path)
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    /**
     * Checks that the download of something unknown answers as its page does: 404, with the error page (HTML)
     * naming it and no stack trace.
     */
    public static void notFoundAsItsPage(HttpResponse<String> page, HttpResponse<String> download, String unknown) {
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(download.statusCode()).isEqualTo(404);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(download.body()).contains(unknown).doesNotContain("Exception", "\tat ");
    }

    /** The rows of a CSV text, by the header's names. */
    public static List<NamedCsvRecord> read(String text) {
        List<NamedCsvRecord> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(text)) {
            reader.forEach(rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
