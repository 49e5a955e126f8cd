package org.kizuna.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client with its own cookies, that does not follow redirects, so that tests see what the
 * server answers: the sign-in form with its CSRF token, redirects, status codes.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String forwardedFor;

    public Browser(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** This browser as seen through a reverse proxy on loopback, for the client at the address. */
    public Browser forwardedFor(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** A browser already signed in as the user. */
    public static Browser signedIn(int port, String username, String password) {
        Browser browser = new Browser(port);
        HttpResponse<String> response = browser.login(username, password);
        assertThat(response.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public HttpResponse<String> get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header(header, value)
                .GET()
                .build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send("POST", path, form);
    }

    /** Sends a form with the method, e.g. {@code PUT} or {@code DELETE}. */
    public HttpResponse<String> send(String method, String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Posts a body of the given type, e.g. a multipart upload, with extra headers as name, value pairs. */
    public HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** Any request to a path of the server, built by the caller, sent with this browser's cookies. */
    public HttpResponse<String> send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> build) {
        return send(build.apply(HttpRequest.newBuilder(URI.create(base + path))).build());
    }

    /** The CSRF token of the form on the page. */
    public String csrf(String path) {
        HttpResponse<String> page = get(path);
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token in " + path).isTrue();
        return matcher.group(1);
    }

    /** Fills in and sends the sign-in form, CSRF token included. */
    public HttpResponse<String> login(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", csrf("/login"));
        return post("/login", form);
    }

    /** A GET whose answer is kept as bytes, such as a downloaded file; extra headers as name, value pairs. */
    public HttpResponse<byte[]> download(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        if (forwardedFor != null) {
            request = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("X-Forwarded-For", forwardedFor)
                    .build();
        }
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
