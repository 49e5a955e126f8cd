package org.kizuna.web.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.kizuna.web.api.ApiDocs;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports}: the same report files as the dashboard's download menu and {@code kizuna report},
 * to a token or a signed-in browser; a parameter that cannot be used is answered with the API's JSON error
 * naming it.
 */
@RestController
@Tag(
        name = "reports",
        description = "Reports of the metrics of a period as Excel, PDF, Word or CSV files, in Japanese or English —"
                + " what `kizuna report` writes for the same arguments. Any signed-in account or token may read them.")
class ReportsApiController {

    private final ReportDownloads downloads;

    ReportsApiController(ReportDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/api/v1/reports")
    @Operation(
            summary = "A report file",
            description = "The report of a period as a file: each metric beside the period before and its target, its"
                    + " formula, a twelve-month series and the breakdown; MRR's movements and the retention cohorts"
                    + " when the report has them. CSV has one row per metric, period and segment with the fields of"
                    + " `kizuna metrics --format csv`. Sent as an attachment named"
                    + " `kizuna-<workspace>-<period>[-<metrics or families>].<format>`.")
    @ApiResponse(
            responseCode = "200",
            description = "the report file",
            content = {
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    @ApiResponse(
            responseCode = "400",
            description = "a parameter cannot be used; `parameter` names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiDocs.Error.class)))
    @ApiResponse(
            responseCode = "401",
            description = "no session and no or an unknown token",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiDocs.Error.class)))
    @ApiResponse(
            responseCode = "503",
            description = "the workspace cannot be read now (another process may be importing)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiDocs.Error.class)))
    void report(
            @Parameter(
                            description = "the file format",
                            required = true,
                            schema = @Schema(allowableValues = {"xlsx", "pdf", "docx", "csv"}))
                    @RequestParam(required = false)
                    String format,
            @Parameter(
                            description = "one period: 2024-06, 2024-Q2, 2024-W23, 2024, 2024-06-15 or"
                                    + " 2024-04-01..2024-05-15; default the last full month")
                    @RequestParam(required = false)
                    String period,
            @Parameter(description = "ATTRIBUTE=VALUE, repeatable: keep only the customers with those values")
                    @RequestParam(required = false)
                    List<String> where,
            @Parameter(
                            description =
                                    "add breakdown tables by a customer attribute (plan, region, …) or touchpoint /"
                                            + " channel")
                    @RequestParam(required = false)
                    String by,
            @Parameter(description = "metric ids, comma separated or repeated; default every metric")
                    @RequestParam(required = false)
                    List<String> metric,
            @Parameter(
                            description = "families instead of metrics, comma separated or repeated: voice, retention,"
                                    + " revenue, engagement, support, advocacy")
                    @RequestParam(required = false)
                    List<String> family,
            @Parameter(
                            description = "the report's language; default the session's or the workspace's",
                            schema = @Schema(allowableValues = {"ja", "en"}))
                    @RequestParam(required = false)
                    String lang,
            @Parameter(description = "true: start a CSV file with a UTF-8 byte order mark, for Excel")
                    @RequestParam(required = false)
                    String bom,
            @Parameter(hidden = true) Locale locale,
            @Parameter(hidden = true) HttpServletResponse response)
            throws IOException {
        ReportDownloads.Download download = downloads.prepare(
                new ReportDownloads.Parameters(format, period, where, by, metric, family, lang, bom),
                locale,
                Locale.ENGLISH);
        downloads.send(download, response);
    }
}
