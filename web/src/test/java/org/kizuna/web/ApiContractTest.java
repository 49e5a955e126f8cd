package org.kizuna.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * The API serves byte for byte what the command line prints with {@code --format json} for the same
 * arguments, and answers a parameter it cannot use with 400 and a JSON message naming it.
 */
@ServerTest
class ApiContractTest {

    @Value("${local.server.port}")
    int port;

    private Browser analyst;

    @BeforeEach
    void signIn() {
        analyst = Browser.signedIn(port, GoldenWorkspace.ANALYST, GoldenWorkspace.PASSWORD);
    }

    /** A request of the API and the command line's arguments for the same question. */
    static Stream<Arguments> sameQuestions() {
        return Stream.of(
                Arguments.of("/api/v1/metrics?period=2024-06", cli("metrics", "--period", "2024-06")),
                Arguments.of(
                        "/api/v1/metrics?period=2024-Q2&by=plan",
                        cli("metrics", "--period", "2024-Q2", "--by", "plan")),
                Arguments.of(
                        "/api/v1/metrics?series=2024-01..2024-06&every=month&metric=nps,churn_rate,mrr",
                        cli(
                                "metrics",
                                "--series",
                                "2024-01..2024-06",
                                "--every",
                                "month",
                                "--metric",
                                "nps,churn_rate,mrr")),
                Arguments.of(
                        "/api/v1/metrics?period=2024-06&where=plan=pro&by=region&metric=nps&metric=mrr",
                        cli(
                                "metrics",
                                "--period",
                                "2024-06",
                                "--where",
                                "plan=pro",
                                "--by",
                                "region",
                                "--metric",
                                "nps,mrr")),
                Arguments.of(
                        "/api/v1/metrics?period=2024-06&by=touchpoint",
                        cli("metrics", "--period", "2024-06", "--by", "touchpoint")),
                Arguments.of(
                        "/api/v1/metrics?series=2024-Q1..2024-Q2&every=quarter&metric=csat",
                        cli("metrics", "--series", "2024-Q1..2024-Q2", "--every", "quarter", "--metric", "csat")),
                Arguments.of("/api/v1/catalogue", new String[] {"catalogue", "--format", "json"}),
                Arguments.of(
                        "/api/v1/explain/nps?period=2024-06&rows=5",
                        explain("nps", "--period", "2024-06", "--rows", "5")),
                Arguments.of(
                        "/api/v1/explain/churn_rate?period=2024-Q2&segment=plan=pro",
                        explain("churn_rate", "--period", "2024-Q2", "--segment", "plan=pro")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameQuestions")
    void theApiAnswersWithTheCommandLinesJson(String request, String[] command) {
        CommandLineOutput.assertSameAs(analyst.get(request), command);
    }

    @Test
    void theGoldenNpsOfJuneIsTheOneWorkedOutByHand() {
        String body = analyst.get("/api/v1/metrics?period=2024-06&metric=nps").body();
        assertThat(body).contains("\"value\" : 25.00", "\"unit\" : \"points\"");
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("/api/v1/metrics?period=2024-13", "period"),
                Arguments.of("/api/v1/metrics?period=last-month", "period"),
                Arguments.of("/api/v1/metrics?series=2024-01..2024-03&every=fortnight", "every"),
                Arguments.of("/api/v1/metrics?series=2024-01", "series"),
                Arguments.of("/api/v1/metrics?series=2024-06..2024-01", "series"),
                Arguments.of("/api/v1/metrics?period=2024-06&series=2024-01..2024-03", "series"),
                Arguments.of("/api/v1/metrics?period=2024-06&metric=nps,nope", "metric"),
                Arguments.of("/api/v1/metrics?period=2024-06&by=colour", "by"),
                Arguments.of("/api/v1/metrics?period=2024-06&by=touchpoint&metric=mrr", "by"),
                Arguments.of("/api/v1/metrics?period=2024-06&where=plan", "where"),
                Arguments.of("/api/v1/metrics?period=2024-06&where=colour=red", "where"),
                Arguments.of("/api/v1/explain/nope", "metric"),
                Arguments.of("/api/v1/explain/nps?period=2024-99", "period"),
                Arguments.of("/api/v1/explain/nps?rows=-1", "rows"),
                Arguments.of("/api/v1/explain/nps?rows=many", "rows"),
                Arguments.of("/api/v1/explain/nps?segment=touchpoint=web", "segment"),
                Arguments.of("/api/v1/explain/nps?segment=colour=red", "segment"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParameters")
    void aBadParameterIsA400NamingIt(String request, String parameter) {
        HttpResponse<String> response = analyst.get(request);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body())
                .startsWith("{\"error\":\"")
                .contains("\"parameter\":\"" + parameter + "\"")
                .doesNotContain("Exception", "\tat ", "--");
    }

    private static String[] cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", GoldenWorkspace.folder().toString(), "--format", "json"));
        return all.toArray(String[]::new);
    }

    private static String[] explain(String metric, String... args) {
        List<String> all = new ArrayList<>(List.of("explain", metric));
        all.addAll(List.of(args));
        all.addAll(List.of("--workspace", GoldenWorkspace.folder().toString(), "--format", "json"));
        return all.toArray(String[]::new);
    }
}
