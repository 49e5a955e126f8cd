package org.kizuna.web.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;

/** How the ingest endpoints are described in the OpenAPI document. */
@Tag(
        name = "ingest",
        description = "Batches of rows of the data format, checked as `kizuna import` checks files and stored all"
                + " or nothing. A row whose key is stored replaces it, so sending a batch twice stores it once."
                + " At most " + IngestService.MAX_ROWS + " rows and 32 MiB per request. Needs the analyst role.")
interface IngestApi {

    /** The body of an ingest request. */
    @Schema(name = "IngestBatch")
    record Batch(
            @ArraySchema(
                    arraySchema =
                            @Schema(
                                    description = "the rows, each an object of column names and plain values"
                                            + " (text, number, boolean or null), as in the table's file"),
                    maxItems = IngestService.MAX_ROWS)
            List<Map<String, Object>> rows) {}

    /** What a stored batch did. */
    @Schema(name = "IngestCounts")
    record Counts(
            @Schema(description = "rows received") long received,
            @Schema(description = "rows whose key was new") long inserted,

            @Schema(description = "rows that replaced a stored row with the same key")
            long updated,

            @Schema(
                    description = "things worth knowing that did not stop the batch, e.g. columns kept as custom"
                            + " attributes or ignored")
            List<String> notices) {}

    /** One problem of a refused batch. */
    @Schema(name = "BatchProblem")
    record BatchProblemDoc(
            @Schema(description = "the row's position in `rows`, from 0 (ingest)", nullable = true)
            Long row,

            @Schema(description = "the call's position in the batch, from 0 (Segment)", nullable = true)
            Long item,

            @Schema(description = "the field, as the request names it", nullable = true)
            String field,

            @Schema(description = "what is wrong") String reason) {}

    /** A refused batch: nothing of it was stored. */
    @Schema(name = "BatchRejection")
    record Rejection(
            @Schema(description = "what happened, e.g. `Nothing was stored: 2 problems to fix first.`")
            String error,

            @Schema(description = "how many problems were found; the first 100 are listed", nullable = true)
            Long total,

            @Schema(nullable = true) List<BatchProblemDoc> problems) {}

    String ROWS_EXAMPLE = "{\"rows\": [{\"customer_id\": \"c31\", \"name\": \"Example Ltd\", \"signup_date\":"
            + " \"2024-06-03\", \"plan\": \"pro\"}]}";

    @Operation(
            summary = "Store customers rows",
            description = "Fields are the columns of customers.csv: customer_id and signup_date are required;"
                    + " any other field is kept as a custom attribute.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = Batch.class),
                                            examples = @ExampleObject(value = ROWS_EXAMPLE))))
    @StoreResponses
    String customers(HttpServletRequest request);

    @Operation(
            summary = "Store events rows",
            description = "Fields are the columns of events.csv: customer_id, user_id, occurred_at and event are"
                    + " required. A row with the same customer, user, time and event as a stored one replaces it.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = Batch.class),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"rows\": [{\"customer_id\": \"c01\", \"user_id\": \"u01a\","
                                                                            + " \"occurred_at\": \"2024-06-05T10:00:00+09:00\", \"event\":"
                                                                            + " \"feature_used\", \"feature\": \"schedule\"}]}"))))
    @StoreResponses
    String events(HttpServletRequest request);

    @Operation(
            summary = "Store survey_responses rows",
            description = "Fields are the columns of survey_responses.csv: response_id, survey_id, customer_id,"
                    + " answered_at and score are required; the score must lie within the survey's scale.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = Batch.class),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"rows\": [{\"response_id\": \"r900\", \"survey_id\": \"nps\","
                                                                            + " \"customer_id\": \"c01\", \"answered_at\":"
                                                                            + " \"2024-06-05T10:00:00+09:00\", \"score\": 9}]}"))))
    @StoreResponses
    String surveyResponses(HttpServletRequest request);

    /** The answers of every ingest endpoint. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @ApiResponse(
            responseCode = "200",
            description = "stored",
            content = @Content(schema = @Schema(implementation = Counts.class)))
    @ApiResponse(
            responseCode = "400",
            description = "not stored: the body cannot be read, or rows break the data format (each problem names"
                    + " its row and field)",
            content = @Content(schema = @Schema(implementation = Rejection.class)))
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
            description = "more than " + IngestService.MAX_ROWS + " rows, or a body over 32 MiB",
            content = @Content(schema = @Schema(implementation = Rejection.class)))
    @ApiResponse(
            responseCode = "503",
            description = "the workspace cannot be written now (another process may be importing)",
            content = @Content(schema = @Schema(implementation = org.kizuna.web.api.ApiDocs.Error.class)))
    @interface StoreResponses {}
}
