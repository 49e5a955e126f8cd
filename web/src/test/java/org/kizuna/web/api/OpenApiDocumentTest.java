package org.kizuna.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kizuna.web.Browser;
import org.kizuna.web.GoldenWorkspace;
import org.kizuna.web.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document describes every {@code /api/v1} route the server maps — compared with Spring's own
 * table of routes, so that a new endpoint without a description is caught — and is served behind sign-in.
 */
@ServerTest
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The routes whose descriptions are written beside them here; the others are listed with their parameters
     * and the shared error answers until their own descriptions are added.
     */
    private static final java.util.List<String> DESCRIBED_HERE = java.util.List.of(
            "/api/v1/metrics",
            "/api/v1/catalogue",
            "/api/v1/explain/",
            "/api/v1/cohorts",
            "/api/v1/reports",
            "/api/v1/ingest/",
            "/api/v1/segment/");

    @Value("${local.server.port}")
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode document() throws Exception {
        Browser analyst = Browser.signedIn(port, GoldenWorkspace.ANALYST, GoldenWorkspace.PASSWORD);
        HttpResponse<String> response = analyst.get("/api/v1/openapi.json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Every method and path under /api/v1 that the server maps, but the document's own routes. */
    private Set<String> mappedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            if (handler.getBeanType().getPackageName().startsWith("org.springdoc")) {
                continue;
            }
            for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/v1/")) {
                    continue;
                }
                Set<String> methods = new HashSet<>();
                info.getMethodsCondition()
                        .getMethods()
                        .forEach(m -> methods.add(m.name().toLowerCase()));
                assertThat(methods).as("%s names its HTTP methods", path).isNotEmpty();
                methods.forEach(method -> routes.add(method + " " + path));
            }
        }
        return routes;
    }

    @Test
    void theDocumentDescribesEveryRouteUnderApiV1() throws Exception {
        JsonNode document = document();
        Set<String> documented = new TreeSet<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> documented.add(operation.getKey() + " " + path.getKey())));
        Set<String> mapped = mappedRoutes();
        assertThat(mapped)
                .contains(
                        "get /api/v1/metrics",
                        "get /api/v1/catalogue",
                        "get /api/v1/explain/{metric}",
                        "post /api/v1/ingest/customers",
                        "post /api/v1/ingest/events",
                        "post /api/v1/ingest/survey-responses",
                        "post /api/v1/segment/track",
                        "post /api/v1/segment/v1/batch");
        assertThat(documented).isEqualTo(mapped);
    }

    @Test
    void everyOperationHasASummaryAndItsErrorShapes() throws Exception {
        JsonNode document = document();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String name = operation.getKey() + " " + path.getKey();
                    JsonNode described = operation.getValue();
                    if (DESCRIBED_HERE.stream().anyMatch(path.getKey()::startsWith)) {
                        assertThat(described.path("summary").asText())
                                .as("summary of %s", name)
                                .isNotBlank();
                    }
                    assertThat(described.path("responses").has("200"))
                            .as("200 of %s", name)
                            .isTrue();
                    assertThat(described.path("responses").has("401"))
                            .as("401 of %s", name)
                            .isTrue();
                }));
        JsonNode ingest = document.get("paths").get("/api/v1/ingest/events").get("post");
        assertThat(ingest.get("responses").fieldNames()).toIterable().contains("200", "400", "401", "403", "413");
        assertThat(ingest.get("responses").get("400").toString()).contains("BatchRejection");
        assertThat(document.get("components")
                        .get("schemas")
                        .get("BatchProblem")
                        .get("properties")
                        .fieldNames())
                .toIterable()
                .contains("row", "item", "field", "reason");
        JsonNode metrics = document.get("paths").get("/api/v1/metrics").get("get");
        assertThat(metrics.get("parameters"))
                .extracting(p -> p.get("name").asText())
                .containsExactlyInAnyOrder("period", "series", "every", "where", "by", "metric");
        JsonNode reports = document.get("paths").get("/api/v1/reports").get("get");
        assertThat(reports.get("parameters"))
                .extracting(p -> p.get("name").asText())
                .containsExactlyInAnyOrder("format", "period", "where", "by", "metric", "family", "lang", "bom");
        assertThat(reports.get("responses").get("200").get("content").fieldNames())
                .toIterable()
                .contains("application/pdf", "text/csv");
        assertThat(document.get("components").get("securitySchemes").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("token", "tokenAsBasicUsername");
    }

    @Test
    void theDocumentAndItsUiAreBehindSignIn() {
        Browser stranger = new Browser(port);
        HttpResponse<String> document = stranger.get("/api/v1/openapi.json");
        assertThat(document.statusCode()).isEqualTo(401);
        assertThat(stranger.get("/api/v1/swagger-ui/index.html").statusCode()).isEqualTo(401);
        Browser viewer = Browser.signedIn(port, GoldenWorkspace.VIEWER, GoldenWorkspace.PASSWORD);
        assertThat(viewer.get("/api/v1/openapi.json").statusCode()).isEqualTo(200);
        HttpResponse<String> docs = viewer.get("/api/v1/docs");
        assertThat(docs.statusCode()).isEqualTo(302);
        assertThat(docs.headers().firstValue("Location")).hasValue("/api/v1/swagger-ui/index.html");
        HttpResponse<String> ui = viewer.get("/api/v1/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        // The UI's files come from the WebJar inside the server, nothing from elsewhere.
        assertThat(viewer.get("/api/v1/swagger-ui/swagger-ui-bundle.js").statusCode())
                .isEqualTo(200);
        assertThat(viewer.get("/api/v1/openapi.json/swagger-config").statusCode())
                .isEqualTo(200);
    }
}
