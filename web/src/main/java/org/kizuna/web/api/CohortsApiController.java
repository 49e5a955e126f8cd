package org.kizuna.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kizuna.cli.CohortsQuery;
import org.kizuna.store.Workspace;
import org.kizuna.web.metrics.MetricsService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/cohorts}: the same JSON, byte for byte, as {@code kizuna cohorts --format json} for the
 * same {@code metric}, {@code by}, {@code from} and {@code to}; a parameter it cannot use is a 400 naming it.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "metrics")
class CohortsApiController {

    private final MetricsService metrics;

    CohortsApiController(MetricsService metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/cohorts")
    @Operation(
            summary = "Signup cohorts month by month",
            description = "A cohort table — what `kizuna cohorts --format json` prints for the same arguments.")
    @ApiResponse(
            responseCode = "200",
            description = "the cohort table",
            content = @Content(schema = @Schema(type = "object", description = "the cohort table")))
    @MetricsApiController.ReadResponses
    String cohorts(
            @Parameter(description = "what each cell measures, e.g. retention") @RequestParam(required = false)
                    String metric,
            @Parameter(description = "group the cohorts by a customer attribute") @RequestParam(required = false)
                    String by,
            @Parameter(description = "the first signup month, e.g. 2024-01") @RequestParam(required = false)
                    String from,
            @Parameter(description = "the last month, e.g. 2024-12") @RequestParam(required = false) String to) {
        Workspace workspace = metrics.workspace();
        CohortsQuery query = new CohortsQuery(metric, by, from, to);
        MetricsApiController.check("metric", query::measure);
        MetricsApiController.check("by", query::checkBy);
        MetricsApiController.check("to", () -> query.last(workspace));
        MetricsApiController.check("from", () -> query.first(workspace));
        return CohortsQuery.json(query.table(workspace));
    }
}
