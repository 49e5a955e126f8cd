package org.kizuna.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.kizuna.web.GoldenWorkspace.ADMIN;
import static org.kizuna.web.GoldenWorkspace.PASSWORD;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kizuna.web.Browser;
import org.kizuna.web.ServerTest;
import org.kizuna.web.security.Routes.Route;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET route the server maps, found in Spring's handler mapping: who may read it without signing in, and
 * how it answers hostile query parameters and path variables. Routes that write are checked by
 * {@link WritingRouteTest}, on a copy of the workspace.
 */
@ServerTest
class RouteAccessTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private List<Route> reads;

    @BeforeEach
    void readTheRoutes() {
        reads = Routes.of(mapping).stream().filter(route -> !route.writes()).toList();
    }

    @Test
    void theRoutesAreReadFromTheServer() {
        assertThat(reads)
                .extracting(Route::pattern)
                .contains(
                        "/",
                        "/metrics/{id}",
                        "/metrics/{id}/breakdown",
                        "/api/v1/metrics",
                        "/api/v1/catalogue",
                        "/api/v1/explain/{metric}",
                        "/admin/accounts",
                        "/login",
                        "/health");
        Route metric = reads.stream()
                .filter(route -> route.pattern().equals("/metrics/{id}"))
                .findFirst()
                .orElseThrow();
        assertThat(metric.parameters()).containsExactly("by", "from", "period", "to", "where");
        assertThat(metric.plausible()).as("a metric of the catalogue").isEqualTo("/metrics/nps");
        assertThat(Routes.staticFiles()).contains("/css/kizuna.css", "/js/kizuna.js");
    }

    @TestFactory
    Stream<DynamicTest> withoutSignInPagesLeadToTheSignInPageAndTheApiAnswers401() {
        return reads.stream()
                .filter(route -> !route.isPublic())
                .map(route -> dynamicTest(route.toString(), () -> {
                    String path = route.plausible();
                    HttpResponse<String> response = new Browser(port).get(path);
                    if (route.api()) {
                        assertThat(response.statusCode()).as(path).isEqualTo(401);
                        assertThat(response.headers().firstValue("Content-Type"))
                                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
                        assertThat(response.body()).startsWith("{\"error\":");
                    } else {
                        assertThat(response.statusCode()).as(path).isEqualTo(302);
                        assertThat(response.headers().firstValue("Location"))
                                .hasValueSatisfying(
                                        location -> assertThat(location).endsWith("/login"));
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> publicRoutesAndStaticFilesAnswerWithoutSignIn() {
        List<DynamicTest> tests = new ArrayList<>();
        reads.stream()
                .filter(Route::isPublic)
                .forEach(route -> tests.add(dynamicTest(route.toString(), () -> {
                    String path = route.plausible();
                    HttpResponse<String> response = new Browser(port).get(path);
                    assertThat(response.statusCode())
                            .as(path + " needs no sign-in (its own refusal, such as an unknown survey link, is fine)")
                            .isNotIn(302, 401, 403)
                            .isLessThan(500);
                })));
        Set<String> files = new LinkedHashSet<>(Routes.staticFiles());
        files.addAll(Routes.linkedFiles(new Browser(port).get("/login").body()));
        files.forEach(file -> tests.add(dynamicTest(
                "GET " + file,
                () -> assertThat(new Browser(port).get(file).statusCode())
                        .as(file)
                        .isEqualTo(200))));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> hostileQueryParametersAreRefusedOrIgnoredCleanly() {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        return reads.stream().flatMap(route -> {
            // Each parameter the route reads on its own, so that a refusal of one does not hide another; the
            // common ones it does not declare all at once (the language, read by every page, among them).
            List<DynamicTest> tests = new ArrayList<>();
            for (String parameter : route.parameters()) {
                tests.add(dynamicTest(route + " ?" + parameter, () -> {
                    for (String value : Routes.HOSTILE) {
                        get(admin, route.plausible() + "?" + parameter + "=" + Routes.encode(value));
                    }
                }));
            }
            List<String> others = Routes.COMMON_PARAMETERS.stream()
                    .filter(parameter -> !route.parameters().contains(parameter))
                    .toList();
            tests.add(dynamicTest(route + " ?" + String.join("&", others), () -> {
                for (String value : Routes.HOSTILE) {
                    get(
                            admin,
                            route.plausible() + "?"
                                    + others.stream()
                                            .map(parameter -> parameter + "=" + Routes.encode(value))
                                            .collect(Collectors.joining("&")));
                }
            }));
            return tests.stream();
        });
    }

    @TestFactory
    Stream<DynamicTest> hostilePathVariablesAreRefusedCleanly() {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        return reads.stream()
                .filter(Route::hasVariables)
                .map(route -> dynamicTest(route.toString(), () -> {
                    for (String value : Routes.HOSTILE) {
                        String path = route.with(value);
                        Routes.assertClean(admin.get(path), "GET " + abbreviated(path));
                    }
                    // The same climb written as it is, left for the server to normalise.
                    String climb = route.with("VARIABLE").replace("/VARIABLE", "/../../etc/passwd");
                    Routes.assertClean(admin.get(climb), "GET " + climb);
                }));
    }

    private static void get(Browser browser, String path) {
        Routes.assertClean(browser.get(path), "GET " + abbreviated(path));
    }

    private static String abbreviated(String path) {
        return path.length() > 120 ? path.substring(0, 120) + "…(" + path.length() + " characters)" : path;
    }
}
