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

    private final String text;

    private SqlTemplate(String text) {
        this.text = text;
    }

    static SqlTemplate load(String resource) {
        try (InputStream in = SqlTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing query resource " + resource);
            }
            return new SqlTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
