package org.kizuna.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.kizuna.web.GoldenWorkspace.ADMIN;
import static org.kizuna.web.GoldenWorkspace.PASSWORD;
import static org.kizuna.web.GoldenWorkspace.VIEWER;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kizuna.web.Browser;
import org.kizuna.web.ScratchServerTest;
import org.kizuna.web.security.Routes.Route;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route that writes (POST, PUT, PATCH, DELETE), found in Spring's handler mapping, with the sign-out
 * that Spring Security itself answers: refused without sign-in, refused to a viewer, refused without the
 * form's CSRF token or with a forged one. On a copy of the workspace, so that a route that wrongly lets a
 * request through writes nothing that other tests read.
 */
@ScratchServerTest
class WritingRouteTest {

    /** A viewer may change their own account; every other form of the dashboard is an analyst's or an admin's. */
    private static final String VIEWERS_OWN = "/account";

    @Value("${local.server.port}")
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private List<Route> writes;

    @BeforeEach
    void readTheRoutes() {
        writes = new ArrayList<>(
                Routes.of(mapping).stream().filter(Route::writes).toList());
    }

    @Test
    void theSignInAndSignOutFormsNeedTheirToken() {
        Browser browser = new Browser(port);
        assertThat(browser.post("/login", Map.of("username", ADMIN, "password", PASSWORD))
                        .statusCode())
                .isEqualTo(403);
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        assertThat(admin.post("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(admin.post("/logout", Map.of("_csrf", "forged")).statusCode())
                .isEqualTo(403);
        assertThat(admin.get("/?period=2024-06").statusCode())
                .as("still signed in")
                .isEqualTo(200);
    }

    @TestFactory
    Stream<DynamicTest> withoutSignInNothingIsWritten() {
        return writes.stream()
                .filter(route -> !route.isPublic())
                .map(route -> dynamicTest(route.toString(), () -> {
                    Browser anonymous = new Browser(port);
                    String token = anonymous.csrf("/login");
                    HttpResponse<String> response = send(anonymous, route, route.plausible(), token);
                    if (route.api()) {
                        assertThat(response.statusCode()).as(route.toString()).isEqualTo(401);
                        assertThat(response.body()).startsWith("{\"error\":");
                    } else {
                        assertThat(response.statusCode()).as(route.toString()).isEqualTo(302);
                        assertThat(response.headers().firstValue("Location"))
                                .hasValueSatisfying(
                                        location -> assertThat(location).endsWith("/login"));
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> aViewerMayNotPostToThePages() {
        Browser viewer = Browser.signedIn(port, VIEWER, PASSWORD);
        String token = viewer.csrf("/?period=2024-06");
        return writes.stream()
                .filter(route -> !route.api() && !route.isPublic())
                .filter(route ->
                        !(route.pattern().equals(VIEWERS_OWN) || route.pattern().startsWith(VIEWERS_OWN + "/")))
                .map(route -> dynamicTest(
                        route.toString(),
                        () -> assertThat(send(viewer, route, route.plausible(), token)
                                        .statusCode())
                                .as(route + " as a viewer")
                                .isEqualTo(403)));
    }

    @TestFactory
    Stream<DynamicTest> withoutTheCsrfTokenOrWithAForgedOneNothingIsWritten() {
        Browser admin = Browser.signedIn(port, ADMIN, PASSWORD);
        return writes.stream()
                .filter(route -> !route.isPublic())
                .map(route -> dynamicTest(route.toString(), () -> {
                    for (String token : new String[] {null, "forged-" + "0".repeat(30)}) {
                        HttpResponse<String> response = send(admin, route, route.plausible(), token);
                        assertThat(response.statusCode())
                                .as(route + (token == null ? " without a token" : " with a forged token"))
                                .isEqualTo(403);
                    }
                }));
    }

    /** Sends the route's method with the token (or none) as the form's {@code _csrf} field. */
    private static HttpResponse<String> send(Browser browser, Route route, String path, String token) {
        return browser.send(route.method(), path, token == null ? Map.of() : Map.of("_csrf", token));
    }
}
