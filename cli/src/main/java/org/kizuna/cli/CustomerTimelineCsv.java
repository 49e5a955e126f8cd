package org.kizuna.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kizuna.store.CsvCells;
import org.kizuna.store.customer.CustomerProfile;
import org.kizuna.store.customer.TimelineEntry;

/**
 * A customer's timeline as CSV, one row per entry, newest first: what {@code kizuna customer ID --format csv}
 * prints and the customer page downloads. The columns are the fields of a {@code timeline} entry of the JSON
 * contract ({@code kizuna customer ID --format json}, {@code GET /api/v1/customers/ID}), under the same names:
 *
 * <ul>
 *   <li>{@code at}: when, as the JSON has it: an instant in ISO 8601 with the offset of the workspace's time zone
 *       ({@code 2024-06-12T10:00:00+09:00}), or the day alone ({@code 2024-06-10}) for what is dated by day
 *       (signup, churn, subscriptions, usage weeks), which has no time of day;
 *   <li>{@code kind}, {@code event}, {@code title}: as in the JSON, the title empty when there is none;
 *   <li>{@code details}: the entry's details in one cell, {@code name=value} pairs in the JSON's order joined by
 *       {@code "; "}. Numbers are written plainly ({@code 30000}, {@code 4.5}), booleans as {@code true} or
 *       {@code false}. A text value holding {@code ;}, {@code "} or a line break is put in double quotes with
 *       each {@code "} doubled, so that a pair ends only at a {@code ;} outside quotes.
 * </ul>
 *
 * <p>The details share one cell rather than a column each because the kinds have different details (about 40
 * names over the twelve kinds, one of them {@code kind} again): columns for all of them would make a wide sheet
 * that is mostly empty, while one cell keeps every row readable on screen and the other columns still sort and
 * filter.
 */
public final class CustomerTimelineCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("at", "kind", "event", "title", "details");

    /** Every kind of entry a timeline has. */
    public static final List<String> KINDS = List.of(
            "customer",
            "subscription",
            "order",
            "usage",
            "survey",
            "ticket",
            "onboarding",
            "education",
            "referral",
            "loyalty",
            "community",
            "social");

    private CustomerTimelineCsv() {}

    /**
     * The customer's timeline as CSV: every entry, or only those of one kind.
     *
     * @param kind one of {@link #KINDS}, or null or blank for every entry
     * @throws IllegalArgumentException when the kind is none of {@link #KINDS}
     */
    public static String write(CustomerProfile profile, String kind) {
        return write(entries(profile, kind));
    }

    /**
     * The entries of the customer's timeline, newest first, of one kind when one is given.
     *
     * @param kind one of {@link #KINDS}, or null or blank for every entry
     * @throws IllegalArgumentException when the kind is none of {@link #KINDS}
     */
    public static List<TimelineEntry> entries(CustomerProfile profile, String kind) {
        if (kind == null || kind.isBlank()) {
            return profile.timeline();
        }
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException(
                    "unknown kind \"" + kind + "\" of timeline entries; known: " + String.join(", ", KINDS));
        }
        return profile.timeline().stream()
                .filter(entry -> entry.kind().equals(kind))
                .toList();
    }

    /** The entries as CSV, a header line first, in the order given. */
    public static String write(List<TimelineEntry> entries) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord(HEADER);
            for (TimelineEntry entry : entries) {
                CsvCells.write(
                        csv,
                        entry.at(),
                        entry.kind(),
                        entry.event(),
                        entry.title() == null ? "" : entry.title(),
                        details(entry.details()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The details in one cell: {@code name=value; name=value}, as the class comment describes. */
    public static String details(Map<String, Object> details) {
        return details.entrySet().stream()
                .map(e -> e.getKey() + "=" + value(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String value(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        String text = String.valueOf(value);
        boolean quoted =
                text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
