package org.kizuna.web.api;

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
class MetricsApiController {

    private final MetricsService metrics;

    MetricsApiController(MetricsService metrics) {
        this.metrics = metrics;
    }

    /** {@code kizuna metrics --format json}: {@code where} repeats, {@code metric} takes ids separated by commas. */
    @GetMapping("/metrics")
    String metrics(
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String series,
            @RequestParam(required = false) String every,
            @RequestParam(required = false) List<String> where,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) List<String> metric) {
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
    String catalogue() {
        return CatalogueDocument.json();
    }

    /** {@code kizuna explain METRIC --format json}: {@code segment} repeats, {@code rows} defaults to 20. */
    @GetMapping("/explain/{metric}")
    String explain(
            @PathVariable String metric,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) List<String> segment,
            @RequestParam(required = false) String rows) {
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
