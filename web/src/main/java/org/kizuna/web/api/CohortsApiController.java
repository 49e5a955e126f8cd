package org.kizuna.web.api;

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
class CohortsApiController {

    private final MetricsService metrics;

    CohortsApiController(MetricsService metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/cohorts")
    String cohorts(
            @RequestParam(required = false) String metric,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Workspace workspace = metrics.workspace();
        CohortsQuery query = new CohortsQuery(metric, by, from, to);
        MetricsApiController.check("metric", query::measure);
        MetricsApiController.check("by", query::checkBy);
        MetricsApiController.check("to", () -> query.last(workspace));
        MetricsApiController.check("from", () -> query.first(workspace));
        return CohortsQuery.json(query.table(workspace));
    }
}
