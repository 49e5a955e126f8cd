package org.kizuna.store.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A query kept as a {@code .sql} file beside its class, with {@code {name}} placeholders. Only values the
 * store itself made safe (dates, numbers, quoted literals, whitelisted expressions) are filled in.
 */
final class SqlTemplate {

    /**
     * The line before a tally query's final aggregate. A query written as {@code WITH …, detail AS (one row
     * per customer, event or ticket, with its segment value and how it counts) -- tally SELECT … FROM detail
     * GROUP BY ALL} can also list the rows its tally was made from: {@code detail} is the last step before the
     * line, and whatever follows it (further stages included) reads only what came before.
     */
    private static final String TALLY_MARKER = "\n-- tally\n";

    private final String name;
    private final String text;

    private SqlTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** The query's resource name, e.g. {@code survey_scores.sql}. */
    String name() {
        return name;
    }

    /** What the query answers, from the comment lines it starts with, its placeholders filled. */
    String description(Map<String, String> values) {
        StringBuilder description = new StringBuilder();
        for (String line : fill(values).split("\n")) {
            if (!line.startsWith("--")) {
                break;
            }
            description
                    .append(description.isEmpty() ? "" : " ")
                    .append(line.substring(2).strip());
        }
        return description.toString();
    }

    /** Whether the query keeps its rows in a {@code detail} step before the tally. */
    boolean hasDetail() {
        return text.contains(TALLY_MARKER);
    }

    /** The detail rows behind the tally, in a stable order, at most {@code limit} of them. */
    String detailRows(Map<String, String> values, int limit) {
        return beforeTally(values) + "SELECT * FROM detail ORDER BY ALL LIMIT " + limit;
    }

    /** How many detail rows lie behind the tally. */
    String detailCount(Map<String, String> values) {
        return beforeTally(values) + "SELECT count(*) FROM detail";
    }

    private String beforeTally(Map<String, String> values) {
        String sql = fill(values);
        int marker = sql.indexOf(TALLY_MARKER);
        if (marker < 0) {
            throw new IllegalStateException(name + " keeps no detail rows");
        }
        return sql.substring(0, marker) + "\n";
    }

    static SqlTemplate load(String resource) {
        try (InputStream in = SqlTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing query resource " + resource);
            }
            return new SqlTemplate(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String fill(Map<String, String> values) {
        String sql = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            sql = sql.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (sql.matches("(?s).*\\{[a-z_]+}.*")) {
            throw new IllegalStateException("unfilled placeholder in query: " + sql);
        }
        return sql;
    }

    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }
}
