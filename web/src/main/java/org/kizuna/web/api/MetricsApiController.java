package org.kizuna.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kizuna.cli.CatalogueDocument;
import org.kizuna.cli.MetricsJson;
import org.kizuna.cli.MetricsQuery;
import org.kizuna.domain.Period;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.Segmentation;
import org.kizuna.web.metrics.MetricsService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST API, version 1: the same JSON, byte for byte, as {@code kizuna metrics}, {@code kizuna catalogue}
 * and {@code kizuna explain} print with {@code --format json} for the same arguments. Each parameter is
 * checked on its own first, so that a mistake is answered with the parameter's name.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "metrics",
        description = "The figures of the workspace: the same JSON, byte for byte, as the command line prints with"
                + " `--format json`. Any signed-in account or token may read them; explain needs the analyst role.")
class MetricsApiController {

    /** The answers every read of the API may give besides its own 200. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(
            responseCode = "400",
            description = "a parameter cannot be used; `parameter` names it",
            content = @Content(schema = @Schema(implementation = ApiDocs.Error.class)))
    @ApiResponse(
            responseCode = "401",
            description = "no session and no or an unknown token",
            content = @Content(schema = @Schema(implementation = ApiDocs.Error.class)))
    @ApiResponse(
            responseCode = "503",
            description = "the workspace cannot be read now (another process may be importing)",
            content = @Content(schema = @Schema(implementation = ApiDocs.Error.class)))
    @interface ReadResponses {}

    private final MetricsService metrics;

    MetricsApiController(MetricsService metrics) {
        this.metrics = metrics;
    }

    /** {@code kizuna metrics --format json}: {@code where} repeats, {@code metric} takes ids separated by commas. */
    @GetMapping("/metrics")
    @Operation(
            summary = "Metric results",
            description = "An array with one object per metric, period and segment: metric, period, segment, value"
                    + " (null when there is no data), unit, parts, numerator, denominator, target, target_met and"
                    + " convention — what `kizuna metrics --format json` prints for the same arguments.")
    @ApiResponse(
            responseCode = "200",
            description = "the results",
            content = @Content(schema = @Schema(type = "array", description = "metric results")))
    @ReadResponses
    String metrics(
            @Parameter(
                            description = "one period: 2024-06, 2024-Q2, 2024-W23, 2024, 2024-06-15 or"
                                    + " 2024-04-01..2024-05-15; default the last full month")
                    @RequestParam(required = false)
                    String period,
            @Parameter(description = "a series of periods instead, e.g. 2024-01..2024-12")
                    @RequestParam(required = false)
                    String series,
            @Parameter(
                            description = "the step of a series",
                            schema = @Schema(allowableValues = {"day", "week", "month", "quarter", "year"}))
                    @RequestParam(required = false)
                    String every,
            @Parameter(description = "ATTRIBUTE=VALUE, repeatable: keep only the customers with those values")
                    @RequestParam(required = false)
                    List<String> where,
            @Parameter(description = "break down by a customer attribute (plan, region, …) or touchpoint / channel")
                    @RequestParam(required = false)
                    String by,
            @Parameter(description = "metric ids, comma separated or repeated; default every metric")
                    @RequestParam(required = false)
                    List<String> metric) {
        check("metric", () -> {
            if (metric != null) {
                MetricCatalog.select(metric);
            }
        });
        check("every", () -> MetricsQuery.step(every));
        check("period", () -> {
            if (period != null) {
                Period.parse(period);
            }
        });
        if (period != null && series != null) {
            throw new BadParameterException("series", "give either period or series, not both");
        }
        Map<String, String> filter = attributeValues("where", where);
        checkAttributes("where", filter.keySet(), metrics.customerAttributes());
        if (by != null) {
            checkAttributes("by", List.of(by), metrics.breakdownAttributes());
        }
        MetricsQuery query = new MetricsQuery(period, series, every == null ? "month" : every, filter, by, metric);
        check("series", () -> query.periods(metrics.workspace()));
        check("by", query::metrics);
        return MetricsJson.write(metrics.results(query));
    }

    /** {@code kizuna catalogue --format json}. */
    @GetMapping("/catalogue")
    @Operation(
            summary = "The metric catalogue",
            description = "Every metric with its id, Japanese and English names, unit, formula, sources and direction"
                    + " — what `kizuna catalogue --format json` prints.")
    @ApiResponse(
            responseCode = "200",
            description = "the catalogue",
            content = @Content(schema = @Schema(type = "object", description = "the catalogue")))
    @ApiResponse(
            responseCode = "401",
            description = "no session and no or an unknown token",
            content = @Content(schema = @Schema(implementation = ApiDocs.Error.class)))
    String catalogue() {
        return CatalogueDocument.json();
    }

    /** {@code kizuna explain METRIC --format json}: {@code segment} repeats, {@code rows} defaults to 20. */
    @GetMapping("/explain/{metric}")
    @Operation(
            summary = "Where a figure comes from",
            description = "The metric's formula, the convention it was computed under, every input with its value"
                    + " and the rows each input was counted from — what `kizuna explain METRIC --format json` prints."
                    + " Needs the analyst role.")
    @ApiResponse(
            responseCode = "200",
            description = "the explanation",
            content = @Content(schema = @Schema(type = "object", description = "the explanation")))
    @ApiResponse(
            responseCode = "403",
            description = "the account is not an analyst or admin",
            content = @Content(schema = @Schema(implementation = ApiDocs.Error.class)))
    @ReadResponses
    String explain(
            @Parameter(description = "a metric id of the catalogue, e.g. churn_rate") @PathVariable String metric,
            @Parameter(description = "the period, as for metrics; default the last full month")
                    @RequestParam(required = false)
                    String period,
            @Parameter(description = "ATTRIBUTE=VALUE, repeatable: explain the figure of that segment")
                    @RequestParam(required = false)
                    List<String> segment,
            @Parameter(description = "how many rows to show per input; default 20") @RequestParam(required = false)
                    String rows) {
        check("metric", () -> MetricCatalog.select(List.of(metric)));
        Period chosen = period == null ? metrics.defaultPeriod() : parsed("period", () -> Period.parse(period));
        int limit = rows == null ? 20 : parsed("rows", () -> Integer.parseInt(rows.strip()));
        if (limit < 0) {
            throw new BadParameterException("rows", "rows " + limit + " is below 0");
        }
        Map<String, String> attributes = attributeValues("segment", segment);
        for (String attribute : attributes.keySet()) {
            if (Segmentation.ROW_ATTRIBUTES.contains(attribute)) {
                throw new BadParameterException(
                        "segment",
                        "segment takes customer attributes; " + attribute
                                + " is an attribute of input rows (use /api/v1/metrics?by=" + attribute + ")");
            }
        }
        checkAttributes("segment", attributes.keySet(), metrics.customerAttributes());
        return metrics.explain(metric, chosen, attributes, limit).json();
    }

    /** {@code ATTR=VALUE} pairs, as picocli reads a repeated map option: split at the first {@code =}. */
    private static Map<String, String> attributeValues(String parameter, List<String> pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        if (pairs == null) {
            return values;
        }
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new BadParameterException(
                        parameter, parameter + " \"" + pair + "\" is not written ATTRIBUTE=VALUE, e.g. plan=pro");
            }
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return values;
    }

    private static void checkAttributes(String parameter, Iterable<String> attributes, List<String> known) {
        for (String attribute : attributes) {
            if (!known.contains(attribute)) {
                throw new BadParameterException(
                        parameter,
                        "unknown attribute \"" + attribute + "\" in " + parameter + "; known: "
                                + String.join(", ", known));
            }
        }
    }

    static void check(String parameter, Runnable check) {
        parsed(parameter, () -> {
            check.run();
            return null;
        });
    }

    private static <T> T parsed(String parameter, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(parameter, ApiErrors.withoutDashes(e.getMessage()));
        }
    }
}
