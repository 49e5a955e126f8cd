package org.kizuna.web.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.ingest.ApiClient.basic;
import static org.kizuna.web.ingest.ApiClient.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kizuna.web.GoldenWorkspace;
import org.kizuna.web.ScratchServerTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * The ingest API stores batches of contract rows with the importer's checks, all or nothing, once per key, and
 * the metrics show them at once. Figures are those of the golden data set (GOLDEN*.md in the testkit) moved
 * by the rows sent here, worked out by hand.
 */
@ScratchServerTest
class IngestApiTest {

    @Value("${local.server.port}")
    int port;

    @Value("${" + ScratchServerTest.folder + "}")
    Path folder;

    private ApiClient api;
    private String analyst;

    @BeforeEach
    void client() {
        api = new ApiClient(port, folder);
        analyst = bearer(api.token(GoldenWorkspace.ANALYST));
    }

    private static void assertValue(JsonNode result, String expected) {
        assertThat(result.get("value").decimalValue()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void customersRowsReplaceStoredOnesAndMoveTheChurnRate() {
        // Golden June: 4 of the 22 customers active on 1 June were lost, 18.18 %.
        assertValue(api.metric(analyst, "churn_rate", "2024-06"), "18.18");
        String c01 = "{\"rows\": [{\"customer_id\": \"c01\", \"name\": \"株式会社あおば商事\", \"signup_date\":"
                + " \"2023-10-01\", \"churned_at\": \"2024-06-10\", \"plan\": \"pro\", \"region\": \"kanto\","
                + " \"country\": \"JP\", \"language\": \"ja\", \"industry\": \"retail\", \"company_size\": \"11-50\","
                + " \"acquisition_channel\": \"ads\", \"seats\": 10}]}";
        HttpResponse<String> response = api.post("/api/v1/ingest/customers", analyst, c01);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode counts = ApiClient.read(response.body());
        assertThat(counts.get("received").asLong()).isEqualTo(1);
        assertThat(counts.get("inserted").asLong()).isZero();
        assertThat(counts.get("updated").asLong()).isEqualTo(1);
        // c01 (active on 1 June, subscription from 2023-10-01) now churns on 10 June: 5 lost of 22,
        // 5 / 22 = 22.727… → 22.73 %.
        JsonNode churn = api.metric(analyst, "churn_rate", "2024-06");
        assertValue(churn, "22.73");
        assertThat(churn.get("parts").get("lost").asLong()).isEqualTo(5);
        assertThat(api.count("customers")).isEqualTo(30);
    }

    @Test
    void eventsCountOnceWhenTheSameBatchIsSentTwice() {
        // Golden June: 24 user-days over 30 days, DAU 0.80.
        assertValue(api.metric(analyst, "dau", "2024-06"), "0.80");
        String events = "{\"rows\": ["
                + "{\"customer_id\": \"c01\", \"user_id\": \"u01z\", \"occurred_at\": \"2024-06-03T09:00:00+09:00\","
                + " \"event\": \"session_start\", \"session_id\": \"api1\", \"duration_seconds\": 600, \"channel\": \"web\"},"
                + "{\"customer_id\": \"c01\", \"user_id\": \"u01z\", \"occurred_at\": \"2024-06-04T09:00:00+09:00\","
                + " \"event\": \"session_start\", \"session_id\": \"api2\", \"duration_seconds\": 600, \"channel\": \"web\"},"
                + "{\"customer_id\": \"c01\", \"user_id\": \"u01z\", \"occurred_at\": \"2024-06-05T09:00:00+09:00\","
                + " \"event\": \"session_start\", \"session_id\": \"api3\", \"duration_seconds\": 600, \"channel\": \"web\"}"
                + "]}";
        long before = api.count("events");
        HttpResponse<String> first = api.post("/api/v1/ingest/events", analyst, events);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(ApiClient.read(first.body()).get("inserted").asLong()).isEqualTo(3);
        HttpResponse<String> second = api.post("/api/v1/ingest/events", analyst, events);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonNode counts = ApiClient.read(second.body());
        assertThat(counts.get("inserted").asLong()).isZero();
        assertThat(counts.get("updated").asLong()).isEqualTo(3);
        assertThat(api.count("events")).isEqualTo(before + 3);
        // A new user of c01 on 3, 4 and 5 June: 24 + 3 = 27 user-days over 30 days, 27 / 30 = 0.90.
        JsonNode dau = api.metric(analyst, "dau", "2024-06");
        assertValue(dau, "0.90");
        assertThat(dau.get("parts").get("user_days").asLong()).isEqualTo(27);
    }

    @Test
    void surveyResponsesMoveTheNps() {
        // Golden June: 8 answers, 4 promoters, 2 passives, 2 detractors: 50 % − 25 % = 25.00.
        assertValue(api.metric(analyst, "nps", "2024-06"), "25.00");
        String responses = "{\"rows\": ["
                + "{\"response_id\": \"api-r1\", \"survey_id\": \"nps\", \"customer_id\": \"c02\", \"user_id\": \"u02a\","
                + " \"answered_at\": \"2024-06-12T10:00:00+09:00\", \"score\": 10},"
                + "{\"response_id\": \"api-r2\", \"survey_id\": \"nps\", \"customer_id\": \"c07\","
                + " \"answered_at\": \"2024-06-13T10:00:00+09:00\", \"score\": 9, \"comment\": \"便利です\"}]}";
        HttpResponse<String> response = api.post("/api/v1/ingest/survey-responses", analyst, responses);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ApiClient.read(response.body()).get("inserted").asLong()).isEqualTo(2);
        // Two more promoters: 6 of 10 promoters, 2 of 10 detractors: 60 % − 20 % = 40.00.
        JsonNode nps = api.metric(analyst, "nps", "2024-06");
        assertValue(nps, "40.00");
        assertThat(nps.get("parts").get("responses").asLong()).isEqualTo(10);
    }

    @Test
    void aBadFieldIsRefusedNamingItsRowAndFieldAndNothingIsStored() {
        long customers = api.count("customers");
        long attributes = api.count("customer_attributes");
        String rows = "{\"rows\": ["
                + "{\"customer_id\": \"n1\", \"signup_date\": \"2024-06-01\"},"
                + "{\"customer_id\": \"n2\", \"signup_date\": \"2024-06-01\", \"csm\": \"Sato\"},"
                + "{\"customer_id\": \"n3\", \"signup_date\": \"1 June\"},"
                + "{\"customer_id\": \"n4\", \"signup_date\": \"2024-06-01\", \"seats\": \"many\"},"
                + "{\"customer_id\": \"n1\", \"signup_date\": \"2024-06-02\"}]}";
        HttpResponse<String> response = api.post("/api/v1/ingest/customers", analyst, rows);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = ApiClient.read(response.body());
        assertThat(body.get("error").asText()).isEqualTo("Nothing was stored: 3 problems to fix first.");
        assertThat(body.get("total").asLong()).isEqualTo(3);
        assertThat(body.get("problems"))
                .extracting(p -> p.get("row").asLong() + " " + p.get("field").asText() + ": "
                        + p.get("reason").asText())
                .containsExactly(
                        "2 signup_date: \"1 June\" is not a date (YYYY-MM-DD)",
                        "3 seats: \"many\" is not a whole number",
                        "4 customer_id: duplicate id \"n1\" (first at customers[0])");
        assertThat(api.count("customers")).isEqualTo(customers);
        assertThat(api.count("customer_attributes")).isEqualTo(attributes);
    }

    @Test
    void aBodyThatIsNotABatchIsRefused() {
        HttpResponse<String> notJson = api.post("/api/v1/ingest/events", analyst, "{\"rows\": [");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(ApiClient.read(notJson.body()).get("error").asText())
                .startsWith("the request body is not valid JSON");
        HttpResponse<String> noRows = api.post("/api/v1/ingest/events", analyst, "{\"row\": []}");
        assertThat(noRows.statusCode()).isEqualTo(400);
        assertThat(ApiClient.read(noRows.body()).get("error").asText()).contains("{\"rows\": [...]}");
        HttpResponse<String> notObjects = api.post("/api/v1/ingest/events", analyst, "{\"rows\": [{}, 3]}");
        assertThat(notObjects.statusCode()).isEqualTo(400);
        assertThat(ApiClient.read(notObjects.body())
                        .get("problems")
                        .get(0)
                        .get("row")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void moreRowsThanTheLimitAreRefusedWith413() {
        long events = api.count("events");
        String rows = "{\"rows\": [" + String.join(",", java.util.Collections.nCopies(IngestService.MAX_ROWS + 1, "{}"))
                + "]}";
        HttpResponse<String> response = api.post("/api/v1/ingest/events", analyst, rows);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(ApiClient.read(response.body()).get("error").asText())
                .startsWith("10001 rows is more than the 10000");
        assertThat(api.count("events")).isEqualTo(events);
    }

    @Test
    void onlyAnalystsAndAdminsMayIngest() {
        String batch = "{\"rows\": []}";
        HttpResponse<String> viewer =
                api.post("/api/v1/ingest/customers", bearer(api.token(GoldenWorkspace.VIEWER)), batch);
        assertThat(viewer.statusCode()).isEqualTo(403);
        HttpResponse<String> nobody = api.post("/api/v1/ingest/customers", null, batch);
        assertThat(nobody.statusCode()).isEqualTo(401);
        assertThat(ApiClient.read(nobody.body()).get("error").asText()).isNotBlank();
        HttpResponse<String> unknown = api.post("/api/v1/ingest/customers", bearer("kzn_not-a-token"), batch);
        assertThat(unknown.statusCode()).isEqualTo(401);
        HttpResponse<String> admin =
                api.post("/api/v1/ingest/customers", bearer(api.token(GoldenWorkspace.ADMIN)), batch);
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
    }

    @Test
    void aTokenWorksAsTheBasicUsernameWithAnEmptyPassword() {
        String token = api.token(GoldenWorkspace.ANALYST);
        String batch = "{\"rows\": []}";
        assertThat(api.post("/api/v1/ingest/events", basic(token, ""), batch).statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/catalogue", basic(token, "")).statusCode()).isEqualTo(200);
        // A password is not how tokens are sent: refused rather than ignored.
        assertThat(api.post("/api/v1/ingest/events", basic(token, "secret"), batch)
                        .statusCode())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/ingest/events", basic("kzn_unknown", ""), batch)
                        .statusCode())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/ingest/events", "Basic !!!", batch).statusCode())
                .isEqualTo(401);
    }

    @Test
    void hostileTextIsStoredVerbatimAndStaysInert() {
        String hostile = "x'); DROP TABLE customers; -- <script>alert(\"1\")</script>";
        String rows = "{\"rows\": [{\"customer_id\": " + ApiClient.JSON.valueToTree(hostile)
                + ", \"name\": " + ApiClient.JSON.valueToTree(hostile) + ", \"signup_date\": \"2024-06-01\","
                + " \"\\\"; DELETE FROM events; --\": " + ApiClient.JSON.valueToTree(hostile) + "}]}";
        long events = api.count("events");
        HttpResponse<String> response = api.post("/api/v1/ingest/customers", analyst, rows);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(api.rows("SELECT name FROM customers WHERE customer_id = '" + hostile.replace("'", "''") + "'"))
                .containsExactly(hostile);
        assertThat(api.rows("SELECT attribute || '=' || value FROM customer_attributes WHERE customer_id = '"
                        + hostile.replace("'", "''") + "'"))
                .containsExactly("\"; delete from events; --=" + hostile);
        assertThat(api.count("customers")).isEqualTo(31);
        assertThat(api.count("events")).isEqualTo(events);
        // A hostile value in a refused row comes back as JSON text, never as markup.
        HttpResponse<String> refused = api.post(
                "/api/v1/ingest/customers",
                analyst,
                "{\"rows\": [{\"customer_id\": \"h2\", \"signup_date\": \"<script>alert(1)</script>\"}]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(ApiClient.read(refused.body())
                        .get("problems")
                        .get(0)
                        .get("reason")
                        .asText())
                .isEqualTo("\"<script>alert(1)</script>\" is not a date (YYYY-MM-DD)");
        assertThat(List.of(api.count("customers"))).containsExactly(31L);
    }
}
