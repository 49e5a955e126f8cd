package org.kizuna.store.survey;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kizuna.store.CsvCells;

/**
 * A survey's answers as CSV, one row per answer: {@code response_id, answered_at, customer_id, user_id, score,
 * comment, language}, under the names the data format gives these columns. The time is written in ISO 8601
 * with the offset of the workspace's time zone, to the second; the comment as it was given, behind an apostrophe
 * when a spreadsheet would take it for a formula ({@link CsvCells}).
 */
public final class ResponseCsv {

    public static final List<String> HEADER =
            List.of("response_id", "answered_at", "customer_id", "user_id", "score", "comment", "language");

    private ResponseCsv() {}

    public static String write(List<SurveyResponse> responses, ZoneId zone) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord(HEADER);
            DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
            for (SurveyResponse r : responses) {
                CsvCells.write(
                        csv,
                        r.responseId(),
                        time.format(
                                r.answeredAt().truncatedTo(ChronoUnit.SECONDS).atZone(zone)),
                        r.customerId(),
                        r.userId().orElse(""),
                        r.score().stripTrailingZeros().toPlainString(),
                        r.comment().orElse(""),
                        r.language().orElse(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
