package org.kizuna.web.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One person at the dashboard: an HTTP client of their own, with its own cookies and so its own session. */
final class SignedInUser {

    /**
     * How long a request may take before it counts as failed: long, because a first visit computes every figure
     * of the page and a loaded machine may take minutes over it.
     */
    static final Duration TIMEOUT = Duration.ofMinutes(5);

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    private SignedInUser(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs in through the sign-in form, CSRF token included, as a browser does. */
    static SignedInUser signIn(String base, String username, String password) {
        SignedInUser user = new SignedInUser(base);
        Matcher csrf = CSRF.matcher(user.send(request(base + "/login").GET(), HttpResponse.BodyHandlers.ofString())
                .body());
        if (!csrf.find()) {
            throw new IllegalStateException("the sign-in page at " + base + "/login has no CSRF token");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> signedIn = user.send(
                request(base + "/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                HttpResponse.BodyHandlers.discarding());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "cannot sign in as " + username + ": HTTP " + signedIn.statusCode() + " " + location);
        }
        return user;
    }

    /** Reads the page whole. */
    HttpResponse<String> get(String path) {
        return send(request(base + path).GET(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
