package org.kizuna.store.survey;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.kizuna.store.CsvCells;
import org.kizuna.store.WorkspaceException;

/**
 * The links of invitations as CSV, one row per invitation: {@code invitation_id, customer_id, user_id,
 * email, language, expires_at, delivery, link}. Contacts without an email address are reached by handing
 * them their row's link. A file gets a UTF-8 byte order mark, so that Excel opens it in Japanese too.
 */
public final class LinkCsv {

    public static final List<String> HEADER =
            List.of("invitation_id", "customer_id", "user_id", "email", "language", "expires_at", "delivery", "link");

    private LinkCsv() {}

    public static void write(Path file, List<Invitation> invitations, ZoneId zone) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                write(out, invitations, zone);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new WorkspaceException(file + ": cannot be written: " + e.getMessage(), e);
        }
    }

    /** Writes the rows to a writer left open, without a byte order mark (for standard output). */
    public static void write(Writer out, List<Invitation> invitations, ZoneId zone) {
        CsvWriter csv = CsvWriter.builder().build(new NonClosing(out));
        csv.writeRecord(HEADER);
        DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        for (Invitation i : invitations) {
            CsvCells.write(
                    csv,
                    i.invitationId(),
                    i.customerId(),
                    i.userId().orElse(""),
                    i.email().orElse(""),
                    i.language().code(),
                    time.format(i.expiresAt().atZone(zone).toOffsetDateTime()),
                    i.delivery().name().toLowerCase(java.util.Locale.ROOT),
                    i.link());
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writer whose close only flushes, so that standard output stays open. */
    private static final class NonClosing extends java.io.FilterWriter {

        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
