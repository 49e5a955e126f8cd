package org.kizuna.web.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.kizuna.store.Workspace;
import org.kizuna.store.account.AccountStore;
import org.kizuna.web.account.Credentials;

/** The API as a tracker or script reaches it: JSON over HTTP with a token, and the workspace's rows to compare. */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final Workspace workspace;
    private final HttpClient client = HttpClient.newHttpClient();

    ApiClient(int port, Path workspaceFolder) {
        this.base = "http://localhost:" + port;
        this.workspace = Workspace.open(workspaceFolder);
    }

    /** A new API token of the account, as {@code kizuna account token} makes one. */
    String token(String username) {
        return Credentials.mintToken(new AccountStore(workspace), username).text();
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Basic credentials as Segment's libraries send a write key: the token as the username, no password. */
    static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    /** A POST of a gzip-compressed JSON body, as some Segment libraries send their batches. */
    HttpResponse<String> postGzip(String path, String authorization, String body) {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(packed)) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(packed.toByteArray()))
                .build());
    }

    HttpResponse<String> get(String path, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .GET()
                .build());
    }

    /** The figure of one metric part for the whole base, from {@code /api/v1/metrics}. */
    JsonNode metric(String authorization, String metric, String period) {
        HttpResponse<String> response = get("/api/v1/metrics?period=" + period + "&metric=" + metric, authorization);
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        for (JsonNode result : read(response.body())) {
            if (result.get("metric").asText().equals(metric)
                    && result.get("segment").isNull()) {
                return result;
            }
        }
        throw new AssertionError("no " + metric + " for the whole base in " + response.body());
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows a query of the workspace returns, each as its values joined by {@code |}. */
    List<String> rows(String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = workspace.connect();
                Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return rows;
    }

    long count(String table) {
        return Long.parseLong(rows("SELECT count(*) FROM main." + table).get(0));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
