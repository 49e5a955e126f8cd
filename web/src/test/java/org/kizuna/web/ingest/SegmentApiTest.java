package org.kizuna.web.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.web.ingest.ApiClient.basic;
import static org.kizuna.web.ingest.ApiClient.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kizuna.web.GoldenWorkspace;
import org.kizuna.web.ScratchServerTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * Segment's tracking calls, shaped as Segment's libraries send them, stored as customers and events rows.
 * Figures are those of the golden data set moved by the calls sent here, worked out by hand. The tests share
 * one workspace: only the first stores events in June, the month whose figures it checks; the others store
 * theirs in August.
 */
@ScratchServerTest
class SegmentApiTest {

    @Value("${local.server.port}")
    int port;

    @Value("${" + ScratchServerTest.folder + "}")
    Path folder;

    private ApiClient api;
    private String writeKey;

    @BeforeEach
    void client() {
        api = new ApiClient(port, folder);
        // Segment's libraries send their write key as the Basic username with an empty password.
        writeKey = basic(api.token(GoldenWorkspace.ANALYST), "");
    }

    /** A track as analytics-node sends it, with its library context and metadata. */
    private static String track(String messageId, String user, String group, String event, String timestamp) {
        return "{\"type\": \"track\", \"event\": \"" + event + "\", \"userId\": \"" + user + "\","
                + " \"anonymousId\": \"0b8c2e9c-6a1e-4c1c-9d3e-2f1e6f3b7a10\","
                + " \"properties\": {\"feature\": \"schedule\", \"session_id\": \"seg-" + messageId + "\","
                + " \"duration_seconds\": 120},"
                + " \"context\": {\"groupId\": \"" + group + "\", \"library\": {\"name\": \"analytics-node\","
                + " \"version\": \"6.2.0\"}},"
                + " \"timestamp\": \"" + timestamp + "\", \"messageId\": \"" + messageId + "\","
                + " \"_metadata\": {\"nodeVersion\": \"20.11.0\", \"jsRuntime\": \"node\"}}";
    }

    @Test
    void aTrackIsAnEventAndCountsInTheMetricsAtOnce() {
        HttpResponse<String> response = api.post(
                "/api/v1/segment/v1/track",
                writeKey,
                track("node-1", "u01y", "c01", "feature_used", "2024-06-20T01:00:00.000Z"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = ApiClient.read(response.body());
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("stored").get("events").get("inserted").asLong()).isEqualTo(1);
        long epoch = Instant.parse("2024-06-20T01:00:00Z").getEpochSecond();
        assertThat(api.rows("SELECT customer_id, user_id, event, feature, session_id, duration_seconds,"
                        + " CAST(epoch(occurred_at) AS BIGINT) FROM events WHERE user_id = 'u01y'"))
                .containsExactly("c01|u01y|feature_used|schedule|seg-node-1|120.0|" + epoch);
        // A new user of c01 on 20 June (10:00 in Tokyo): 24 + 1 = 25 user-days over 30 days, 25 / 30 = 0.833… → 0.83.
        JsonNode dau = api.metric(writeKey, "dau", "2024-06");
        assertThat(dau.get("value").decimalValue()).isEqualByComparingTo(new BigDecimal("0.83"));
        assertThat(dau.get("parts").get("user_days").asLong()).isEqualTo(25);
    }

    @Test
    void anIdentifyWithItsCompanyUpdatesOnlyWhatItSends() {
        String identify = "{\"type\": \"identify\", \"userId\": \"u01a\", \"messageId\": \"py-7\","
                + " \"traits\": {\"name\": \"青木 太郎\", \"email\": \"aoki@example.com\","
                + " \"company\": {\"id\": \"c01\", \"plan\": \"enterprise\", \"employee_count\": \"51-200\"}},"
                + " \"context\": {\"library\": {\"name\": \"analytics-python\", \"version\": \"2.3.2\"}},"
                + " \"timestamp\": \"2024-06-21T00:00:00+00:00\"}";
        HttpResponse<String> response = api.post("/api/v1/segment/identify", bearer(api.token("kenji")), identify);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ApiClient.read(response.body())
                        .get("stored")
                        .get("customers")
                        .get("updated")
                        .asLong())
                .isEqualTo(1);
        // Plan and size as sent; name, signup date and region as in the golden customers.csv.
        assertThat(api.rows("SELECT name, signup_date, plan, company_size, region FROM customers"
                        + " WHERE customer_id = 'c01'"))
                .containsExactly("株式会社あおば商事|2023-10-01|enterprise|51-200|kanto");
        assertThat(api.count("customers")).isEqualTo(30);
    }

    @Test
    void aBatchIsStoredOnceHoweverOftenItIsSent() {
        String batch = "{\"batch\": ["
                + "{\"type\": \"group\", \"groupId\": \"c40\", \"userId\": \"u40a\", \"messageId\": \"g-1\","
                + " \"traits\": {\"name\": \"株式会社あさなぎ\", \"plan\": \"pro\", \"employees\": \"11-50\","
                + " \"createdAt\": \"2024-05-31T16:00:00Z\", \"region\": \"kanto\"}, \"timestamp\": \"2024-06-10T00:00:00Z\"},"
                + "{\"type\": \"identify\", \"userId\": \"u40a\", \"traits\": {\"email\": \"u40a@example.com\"},"
                + " \"messageId\": \"i-1\", \"timestamp\": \"2024-06-10T00:00:00Z\"},"
                + track("t-1", "u40a", "c40", "session_start", "2024-08-10T01:00:00Z") + ","
                + track("t-1", "u40a", "c40", "session_start", "2024-08-10T01:00:00Z") + ","
                + "{\"type\": \"page\", \"name\": \"Home\", \"userId\": \"u40a\", \"messageId\": \"p-1\","
                + " \"timestamp\": \"2024-06-10T01:00:05Z\"}"
                + "], \"sentAt\": \"2024-06-10T01:00:10Z\"}";
        long events = api.count("events");
        HttpResponse<String> first = api.post("/api/v1/segment/v1/batch", writeKey, batch);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode body = ApiClient.read(first.body());
        // 5 calls: the identify of a person alone and the page have no table; the track was sent twice.
        assertThat(body.get("received").asLong()).isEqualTo(5);
        assertThat(body.get("ignored").asLong()).isEqualTo(2);
        assertThat(body.get("stored").get("customers").get("inserted").asLong()).isEqualTo(1);
        assertThat(body.get("stored").get("events").get("received").asLong()).isEqualTo(1);
        // createdAt 2024-05-31 16:00 UTC is 1 June 01:00 in Tokyo, the workspace's time zone.
        assertThat(api.rows("SELECT name, signup_date, plan, company_size, region FROM customers"
                        + " WHERE customer_id = 'c40'"))
                .containsExactly("株式会社あさなぎ|2024-06-01|pro|11-50|kanto");
        HttpResponse<String> again = api.post("/api/v1/segment/import", writeKey, batch);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonNode second = ApiClient.read(again.body());
        assertThat(second.get("stored").get("customers").get("updated").asLong())
                .isEqualTo(1);
        assertThat(second.get("stored").get("events").get("updated").asLong()).isEqualTo(1);
        assertThat(api.count("events")).isEqualTo(events + 1);
        assertThat(api.count("customers")).isEqualTo(31);
    }

    @Test
    void aBadCallRefusesTheBatchNamingTheItemAndField() {
        long events = api.count("events");
        long customers = api.count("customers");
        String batch = "{\"batch\": ["
                + track("ok-1", "u01a", "c01", "feature_used", "2024-06-22T01:00:00Z") + ","
                + "{\"type\": \"track\", \"userId\": \"u01a\", \"context\": {\"groupId\": \"c01\"},"
                + " \"timestamp\": \"2024-06-22T02:00:00Z\"},"
                + "{\"type\": \"group\", \"groupId\": \"c41\", \"traits\": {\"name\": \"新しい会社\"}},"
                + track("ok-2", "u01a", "nobody", "feature_used", "yesterday")
                + "]}";
        HttpResponse<String> response = api.post("/api/v1/segment/batch", writeKey, batch);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = ApiClient.read(response.body());
        assertThat(body.get("problems"))
                .extracting(p -> p.get("item").asLong() + " " + p.get("field").asText() + ": "
                        + p.get("reason").asText())
                .containsExactly(
                        "2 traits.createdAt: a value is required",
                        "1 event: a value is required",
                        "3 context.groupId: \"nobody\" is not a customer_id in customers",
                        "3 timestamp: \"yesterday\" is not a timestamp (ISO-8601, e.g. 2024-04-01T09:30:00+09:00)");
        assertThat(api.count("events")).isEqualTo(events);
        assertThat(api.count("customers")).isEqualTo(customers);
        HttpResponse<String> unknownType =
                api.post("/api/v1/segment/batch", writeKey, "{\"batch\": [{\"type\": \"purchase\"}]}");
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(ApiClient.read(unknownType.body())
                        .get("problems")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("type");
    }

    @Test
    void aGzippedBatchIsUnpacked() {
        String batch = "{\"batch\": [" + track("gz-1", "u01g", "c01", "feature_used", "2024-08-23T01:00:00Z") + "]}";
        HttpResponse<String> response = api.postGzip("/api/v1/segment/v1/batch", writeKey, batch);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(api.rows("SELECT customer_id, event FROM events WHERE user_id = 'u01g'"))
                .containsExactly("c01|feature_used");
    }

    @Test
    void viewersMayNotSend() {
        String viewer = basic(api.token(GoldenWorkspace.VIEWER), "");
        assertThat(api.post("/api/v1/segment/v1/batch", viewer, "{\"batch\": []}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/segment/v1/batch", null, "{\"batch\": []}").statusCode())
                .isEqualTo(401);
    }
}
