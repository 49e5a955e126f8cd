package org.kizuna.web.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;

/** How the Segment endpoints are described in the OpenAPI document. */
@Tag(
        name = "segment",
        description = "Segment's HTTP tracking API (identify, track, group, batch), so that existing trackers can"
                + " send to Kizuna: point the library's host at `/api/v1/segment` and use an API token as the write"
                + " key (Basic, token as the username, empty password) or send it as a Bearer token. A track is an"
                + " events row; a group, and an identify whose traits carry `company`, describe a customer; page,"
                + " screen and alias calls are counted as ignored. Needs the analyst role.")
interface SegmentApi {

    /** A Segment call, as Segment's libraries send it. */
    @Schema(
            name = "SegmentCall",
            description = "A Segment call: type, userId or anonymousId, timestamp, messageId,"
                    + " event (track), properties (track), traits (identify, group), groupId (group), context.")
    record Call(
            @Schema(allowableValues = {"identify", "track", "group", "page", "screen", "alias"})
            String type,

            String messageId,
            String userId,
            String anonymousId,
            String groupId,
            String event,
            String timestamp,
            Map<String, Object> properties,
            Map<String, Object> traits,
            Map<String, Object> context) {}

    /** A batch of Segment calls. */
    @Schema(name = "SegmentBatch")
    record Batch(
            @Schema(description = "the calls, at most " + IngestService.MAX_ROWS)
            List<Call> batch,

            @Schema(description = "context for every call that has none of its own")
            Map<String, Object> context) {}

    /** What a stored Segment request did. */
    @Schema(name = "SegmentAnswer")
    record Answer(
            boolean success,
            @Schema(description = "calls received") long received,

            @Schema(
                    description = "calls with no table in the data format (page, screen, alias, an identify of a"
                            + " person alone)")
            long ignored,

            @Schema(description = "per table (customers, events): received, inserted, updated")
            Map<String, IngestApi.Counts> stored) {}

    String TRACK = "{\"type\": \"track\", \"messageId\": \"m-1\", \"userId\": \"u01a\", \"event\": \"feature_used\","
            + " \"properties\": {\"feature\": \"schedule\"}, \"context\": {\"groupId\": \"c01\"}, \"timestamp\":"
            + " \"2024-06-05T01:00:00.000Z\"}";

    @Operation(
            summary = "A Segment identify call",
            description = "Updates the customer named by traits.company.id (or context.groupId with traits.company):"
                    + " name, plan, industry, employees, createdAt (signup date), address.country and any trait named"
                    + " like a customers column; values not sent are kept. An identify naming no company is ignored.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = Call.class),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"userId\": \"u01a\", \"traits\": {\"name\": \"Aoki\","
                                                                            + " \"company\": {\"id\": \"c01\", \"plan\": \"enterprise\"}}}"))))
    @SegmentResponses
    String identify(HttpServletRequest request);

    @Operation(
            summary = "A Segment track call",
            description = "Stores an events row: customer_id from context.groupId, else properties.customer_id, else"
                    + " context.traits.company.id; user_id from userId, else anonymousId; occurred_at from timestamp,"
                    + " else originalTimestamp; event; session_id, duration_seconds, feature, prompted_by and channel"
                    + " from properties of those names (channel also from the call's channel).",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = Call.class),
                                            examples = @ExampleObject(value = TRACK))))
    @SegmentResponses
    String track(HttpServletRequest request);

    @Operation(
            summary = "A Segment group call",
            description = "Updates (or adds) the customer groupId with its traits, as identify does with"
                    + " traits.company; a new customer needs createdAt (its signup date).",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = Call.class),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"groupId\": \"c31\", \"traits\": {\"name\": \"Example Ltd\","
                                                                            + " \"plan\": \"pro\", \"createdAt\": \"2024-06-03T00:00:00Z\"}}"))))
    @SegmentResponses
    String group(HttpServletRequest request);

    @Operation(
            summary = "A batch of Segment calls (also /import)",
            description = "Every call of the batch is stored, or none: a problem names the call's index and field.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = Batch.class),
                                            examples = @ExampleObject(value = "{\"batch\": [" + TRACK + "]}"))))
    @SegmentResponses
    String batch(HttpServletRequest request);

    /** The answers of every Segment endpoint. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @ApiResponse(
            responseCode = "200",
            description = "stored",
            content = @Content(schema = @Schema(implementation = Answer.class)))
    @ApiResponse(
            responseCode = "400",
            description = "not stored: the body cannot be read, or a call breaks the data format (each problem names"
                    + " its item and field)",
            content = @Content(schema = @Schema(implementation = IngestApi.Rejection.class)))
    @ApiResponse(
            responseCode = "401",
            description = "no or an unknown token",
            content = @Content(schema = @Schema(implementation = org.kizuna.web.api.ApiDocs.Error.class)))
    @ApiResponse(
            responseCode = "403",
            description = "the account is not an analyst or admin",
            content = @Content(schema = @Schema(implementation = org.kizuna.web.api.ApiDocs.Error.class)))
    @ApiResponse(
            responseCode = "413",
            description = "more than " + IngestService.MAX_ROWS + " calls, or a body over 32 MiB",
            content = @Content(schema = @Schema(implementation = IngestApi.Rejection.class)))
    @ApiResponse(
            responseCode = "503",
            description = "the workspace cannot be written now (another process may be importing)",
            content = @Content(schema = @Schema(implementation = org.kizuna.web.api.ApiDocs.Error.class)))
    @interface SegmentResponses {}
}
