package org.kizuna.web.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.kizuna.store.Workspace;
import org.kizuna.web.Browser;

/** What the survey tests share: JSON requests, and reading the scratch workspace's rows to check them. */
final class SurveyFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SurveyFixtures() {}

    static HttpResponse<String> postJson(Browser browser, String path, String body, String... headers) {
        return browser.send(path, request -> {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return request;
        });
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single value of a query on the workspace, e.g. a count. */
    static Object value(Path folder, String sql, Object... parameters) {
        List<Object> values = column(folder, sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    static long count(Path folder, String sql, Object... parameters) {
        return ((Number) value(folder, sql, parameters)).longValue();
    }

    static List<Object> column(Path folder, String sql, Object... parameters) {
        try (Connection connection = Workspace.open(folder).connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    values.add(r.getObject(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(Path folder, String sql, Object... parameters) {
        try (Connection connection = Workspace.open(folder).connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
