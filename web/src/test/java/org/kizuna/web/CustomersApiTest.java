package org.kizuna.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code /api/v1/customers} serves byte for byte what {@code kizuna customers} and {@code kizuna customer}
 * print with {@code --format json}; a parameter it cannot use is a 400 naming it, an unknown id a 404, both
 * in JSON. The golden workspace, as of 30 June 2024.
 */
@ServerTest
class CustomersApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Value("${local.server.port}")
    int port;

    private Browser viewer;

    @BeforeEach
    void signIn() {
        viewer = Browser.signedIn(port, GoldenWorkspace.VIEWER, GoldenWorkspace.PASSWORD);
    }

    static Stream<Arguments> sameQuestions() {
        String hostile = "' OR 1=1 --";
        return Stream.of(
                Arguments.of("/api/v1/customers?as_of=2024-06-30", cli("customers", "--as-of", "2024-06-30")),
                Arguments.of(
                        "/api/v1/customers?as_of=2024-06-30&page=2",
                        cli("customers", "--as-of", "2024-06-30", "--page", "2")),
                Arguments.of(
                        "/api/v1/customers?q=c1&status=active&as_of=2024-06-30",
                        cli("customers", "--query", "c1", "--status", "active", "--as-of", "2024-06-30")),
                Arguments.of(
                        "/api/v1/customers?where=plan=pro&status=churned&as_of=2024-06-30",
                        cli("customers", "--where", "plan=pro", "--status", "churned", "--as-of", "2024-06-30")),
                Arguments.of(
                        "/api/v1/customers?as_of=2024-06-30&q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8),
                        cli("customers", "--as-of", "2024-06-30", "--query", hostile)),
                Arguments.of("/api/v1/customers/c03?as_of=2024-06-30", cli("customer", "c03", "--as-of", "2024-06-30")),
                Arguments.of("/api/v1/customers/c12?as_of=2024-06-30", cli("customer", "c12", "--as-of", "2024-06-30")),
                Arguments.of(
                        "/api/v1/customers/c15?as_of=2024-06-30", cli("customer", "c15", "--as-of", "2024-06-30")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameQuestions")
    void theApiAnswersWithTheCommandLinesJson(String request, String[] command) {
        CommandLineOutput.assertSameAs(viewer.get(request), command);
    }

    /**
     * c12 on 30 June: s12b ¥100,000 from 1 May, open → MRR 100,000; t08 opened 30 June 23:45, resolved 1 July →
     * 1 open ticket; NPS n15 10 on 25 June; June events ss11 ss13 ss17 ss23 ss30, two rows each → 10.
     */
    @Test
    void c12sFiguresAreTheOnesWorkedOutByHand() throws Exception {
        JsonNode c12 = JSON.readTree(
                        viewer.get("/api/v1/customers/c12?as_of=2024-06-30").body())
                .get("customer");
        assertThat(c12.get("mrr").decimalValue()).isEqualByComparingTo("100000");
        assertThat(c12.get("status").asText()).isEqualTo("active");
        assertThat(c12.get("open_tickets").asLong()).isEqualTo(1);
        assertThat(c12.get("latest_nps").decimalValue()).isEqualByComparingTo("10");
        assertThat(c12.get("events_last_30_days").asLong()).isEqualTo(10);
    }

    /** Hostile search text is only text: nothing matches it, and every customer is still there. */
    @Test
    void hostileSearchMatchesNothing() throws Exception {
        for (String hostile : List.of("' OR 1=1 --", "<script>alert(1)</script>", "x'; DROP TABLE customers; --")) {
            JsonNode page = JSON.readTree(viewer.get("/api/v1/customers?as_of=2024-06-30&q="
                            + URLEncoder.encode(hostile, StandardCharsets.UTF_8))
                    .body());
            assertThat(page.get("total").asLong()).as(hostile).isZero();
            assertThat(page.get("query").asText()).isEqualTo(hostile);
        }
        assertThat(JSON.readTree(
                                viewer.get("/api/v1/customers?as_of=2024-06-30").body())
                        .get("total")
                        .asLong())
                .isEqualTo(30);
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("/api/v1/customers?status=sleeping", "status"),
                Arguments.of("/api/v1/customers?page=0", "page"),
                Arguments.of("/api/v1/customers?page=two", "page"),
                Arguments.of("/api/v1/customers?as_of=2024-13-01", "as_of"),
                Arguments.of("/api/v1/customers?where=plan", "where"),
                Arguments.of("/api/v1/customers?where=colour=red", "where"),
                Arguments.of("/api/v1/customers/c03?as_of=yesterday", "as_of"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParameters")
    void aBadParameterIsA400NamingIt(String request, String parameter) {
        HttpResponse<String> response = viewer.get(request);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .startsWith("{\"error\":\"")
                .contains("\"parameter\":\"" + parameter + "\"")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnknownIdIsA404InJson() {
        HttpResponse<String> response = viewer.get("/api/v1/customers/c99");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"error\":\"no customer \\\"c99\\\" in this workspace\"}\n");
    }

    @Test
    void withoutSignInTheApiAnswers401() {
        assertThat(new Browser(port).get("/api/v1/customers").statusCode()).isEqualTo(401);
    }

    private static String[] cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", GoldenWorkspace.folder().toString(), "--format", "json"));
        return all.toArray(String[]::new);
    }
}
