package org.kizuna.web.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kizuna.cli.Explanation;
import org.kizuna.cli.MetricsTable;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Segmentation;
import org.kizuna.store.query.EvidenceTable;
import org.kizuna.web.metrics.MetricsService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One metric: its formula and convention in words, its value against the period before and its target, its
 * series, a breakdown by an attribute, and the inputs and first rows behind the figure.
 */
@Controller
class MetricPageController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROWS_SHOWN = 10;

    private final MetricsService metrics;

    MetricPageController(MetricsService metrics) {
        this.metrics = metrics;
    }

    /** A line of the breakdown table. */
    record BreakdownRow(String segment, String value, String inputs) {}

    /** The first rows an input was counted from, as text. */
    record Rows(String query, String description, long total, List<String> columns, List<List<String>> rows) {

        static Rows of(EvidenceTable table, boolean ja) {
            return new Rows(
                    table.query(),
                    table.description(),
                    table.total(),
                    table.columns(),
                    table.rows().stream()
                            .map(row -> row.stream().map(cell -> cell(cell, ja)).toList())
                            .toList());
        }
    }

    /** An input of the figure: numerator, denominator or a part. */
    record Input(String name, String value) {}

    @GetMapping("/metrics/{id}")
    String metric(
            @PathVariable String id,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String by,
            Locale locale,
            Authentication authentication,
            Model model) {
        Metric metric = metric(id);
        MetricDefinition definition = metric.definition();
        Period chosen = OverviewController.period(period, metrics);
        Language language = Pages.language(locale);
        boolean ja = language == Language.JA;

        MetricResult now = one(metric, chosen);
        MetricResult before = one(metric, chosen.previous());
        model.addAttribute("definition", definition);
        model.addAttribute("name", definition.name(language));
        model.addAttribute("formula", definition.formula(language));
        model.addAttribute("family", definition.family().name(language));
        model.addAttribute("needs", Pages.needs(definition.family()));
        model.addAttribute("card", Card.of(definition, now, before, language));
        model.addAttribute("convention", now.convention());
        model.addAttribute("period", chosen.label());
        model.addAttribute("previous", chosen.previous().label());
        model.addAttribute("next", chosen.next().label());
        model.addAttribute("granularities", Pages.granularities(chosen));

        ArrayNode series = JSON.createArrayNode();
        for (Period p : Pages.trailing(chosen, 12)) {
            MetricResult result = one(metric, p);
            series.addObject().put("period", p.label()).put("value", result.value());
        }
        model.addAttribute("series", series.toString());

        List<String> attributes = new ArrayList<>(metrics.customerAttributes());
        Segmentation.ROW_ATTRIBUTES.stream()
                .filter(definition.rowSegments()::contains)
                .forEach(attributes::add);
        model.addAttribute("attributes", attributes);
        model.addAttribute("by", by);
        breakdown(metric, chosen, by, attributes, ja, model);

        Explanation explanation = metrics.explain(id, chosen, Map.of(), ROWS_SHOWN);
        model.addAttribute("inputs", inputs(explanation.result(), ja));
        model.addAttribute("mayReadRows", mayReadRows(authentication));
        model.addAttribute(
                "evidence",
                mayReadRows(authentication)
                        ? explanation.evidence().stream()
                                .map(table -> Rows.of(table, ja))
                                .toList()
                        : List.<Rows>of());
        return "metric";
    }

    /** The breakdown table alone, for the page to swap in when another attribute is chosen. */
    @GetMapping("/metrics/{id}/breakdown")
    String breakdownFragment(
            @PathVariable String id,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String by,
            Locale locale,
            Model model) {
        Metric metric = metric(id);
        List<String> attributes = new ArrayList<>(metrics.customerAttributes());
        attributes.addAll(metric.definition().rowSegments());
        model.addAttribute("by", by);
        breakdown(
                metric,
                OverviewController.period(period, metrics),
                by,
                attributes,
                Pages.language(locale) == Language.JA,
                model);
        return "metric :: breakdown";
    }

    private void breakdown(Metric metric, Period period, String by, List<String> attributes, boolean ja, Model model) {
        if (by == null || by.isBlank()) {
            model.addAttribute("breakdown", List.of());
            return;
        }
        if (!attributes.contains(by)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "unknown attribute \"" + by + "\" to break down by; known: " + String.join(", ", attributes));
        }
        List<BreakdownRow> rows = new ArrayList<>();
        for (MetricResult result : metrics.compute(List.of(metric), period, Optional.of(by), Map.of())) {
            rows.add(new BreakdownRow(
                    MetricsTable.segment(result, ja),
                    MetricsTable.value(result.value(), result.unit(), ja),
                    ratio(result)));
        }
        model.addAttribute("breakdown", rows);
    }

    private MetricResult one(Metric metric, Period period) {
        return metrics.compute(List.of(metric), period, Optional.empty(), Map.of())
                .get(0);
    }

    private static Metric metric(String id) {
        return MetricCatalog.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no metric " + id));
    }

    private static boolean mayReadRows(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> authority.getAuthority().equals("ROLE_ANALYST"));
    }

    private static String ratio(MetricResult result) {
        if (result.numerator() != null && result.denominator() != null) {
            return result.numerator().toPlainString() + " / "
                    + result.denominator().toPlainString();
        }
        return result.denominator() == null ? "" : "n = " + result.denominator().toPlainString();
    }

    private static List<Input> inputs(MetricResult result, boolean ja) {
        List<Input> inputs = new ArrayList<>();
        if (result.numerator() != null) {
            inputs.add(new Input(ja ? "分子" : "numerator", result.numerator().toPlainString()));
        }
        if (result.denominator() != null) {
            inputs.add(new Input(ja ? "分母" : "denominator", result.denominator().toPlainString()));
        }
        result.parts().forEach((name, value) -> inputs.add(new Input(name, cell(value, ja))));
        return inputs;
    }

    static String cell(Object value, boolean ja) {
        if (value == null) {
            return ja ? "(なし)" : "(none)";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
