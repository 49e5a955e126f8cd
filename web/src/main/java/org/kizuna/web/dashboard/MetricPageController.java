package org.kizuna.web.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One metric for a period and the customers a filter keeps: its formula and convention in words, its value
 * against the period before and its target, MRR's waterfall on the MRR pages, a breakdown by an attribute; and,
 * loaded once the page is shown, its series and the inputs and first rows behind the figure.
 */
@Controller
class MetricPageController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROWS_SHOWN = 10;

    private final MetricsService metrics;
    private final MessageSource messages;

    MetricPageController(MetricsService metrics, MessageSource messages) {
        this.metrics = metrics;
        this.messages = messages;
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
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) List<String> where,
            @RequestParam(required = false) String by,
            Locale locale,
            Model model) {
        Metric metric = metric(id);
        MetricDefinition definition = metric.definition();
        Selection selection = Selection.of(period, from, to, where, metrics, messages, locale);
        Period chosen = selection.period();
        Language language = Pages.language(locale);
        boolean ja = language == Language.JA;

        MetricResult now = one(metric, chosen, selection);
        MetricResult before = one(metric, chosen.previous(), selection);
        Pages.selection(selection, metrics, model);
        model.addAttribute("definition", definition);
        model.addAttribute("name", definition.name(language));
        model.addAttribute("formula", definition.formula(language));
        model.addAttribute("family", definition.family().name(language));
        model.addAttribute("needs", Pages.needs(definition.family()));
        model.addAttribute("card", Card.of(definition, now, before, language));
        model.addAttribute("convention", now.convention());
        model.addAttribute(
                "waterfall",
                definition.id().contains("mrr")
                        ? Pages.waterfall(one(metric(Waterfall.METRIC), chosen, selection), messages, locale)
                        : null);

        List<String> attributes = attributes(definition);
        model.addAttribute("attributes", attributes);
        model.addAttribute("by", by);
        breakdown(metric, selection, by, attributes, ja, model);
        return "metric";
    }

    /** The series of the twelve periods up to the chosen one, which the page loads once it is shown. */
    @GetMapping("/metrics/{id}/series")
    String series(
            @PathVariable String id,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) List<String> where,
            Locale locale,
            Model model) {
        Metric metric = metric(id);
        Selection selection = Selection.of(period, null, null, where, metrics, messages, locale);
        ArrayNode series = JSON.createArrayNode();
        for (Period p : Pages.trailing(selection.period(), 12)) {
            MetricResult result = one(metric, p, selection);
            series.addObject().put("period", p.label()).put("value", result.value());
        }
        model.addAttribute("series", series.toString());
        return "metric :: series";
    }

    /** The inputs and first rows behind the figure, which the page loads once it is shown. */
    @GetMapping("/metrics/{id}/explanation")
    String explanation(
            @PathVariable String id,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) List<String> where,
            Locale locale,
            Authentication authentication,
            Model model) {
        metric(id);
        Selection selection = Selection.of(period, null, null, where, metrics, messages, locale);
        boolean ja = Pages.language(locale) == Language.JA;
        Explanation explanation = metrics.explain(id, selection.period(), selection.where(), ROWS_SHOWN);
        model.addAttribute("inputs", inputs(explanation.result(), ja));
        model.addAttribute("mayReadRows", mayReadRows(authentication));
        model.addAttribute(
                "evidence",
                mayReadRows(authentication)
                        ? explanation.evidence().stream()
                                .map(table -> Rows.of(table, ja))
                                .toList()
                        : List.<Rows>of());
        return "metric :: explanation";
    }

    /** The breakdown table alone, for the page to swap in when another attribute is chosen. */
    @GetMapping("/metrics/{id}/breakdown")
    String breakdownFragment(
            @PathVariable String id,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) List<String> where,
            @RequestParam(required = false) String by,
            Locale locale,
            Model model) {
        Metric metric = metric(id);
        Selection selection = Selection.of(period, null, null, where, metrics, messages, locale);
        model.addAttribute("by", by);
        breakdown(metric, selection, by, attributes(metric.definition()), Pages.language(locale) == Language.JA, model);
        return "metric :: breakdown";
    }

    /** The attributes a metric breaks down by: the customers', then those of its rows. */
    private List<String> attributes(MetricDefinition definition) {
        List<String> attributes = new ArrayList<>(metrics.customerAttributes());
        Segmentation.ROW_ATTRIBUTES.stream()
                .filter(definition.rowSegments()::contains)
                .forEach(attributes::add);
        return attributes;
    }

    private void breakdown(
            Metric metric, Selection selection, String by, List<String> attributes, boolean ja, Model model) {
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
        for (MetricResult result :
                metrics.compute(List.of(metric), selection.period(), Optional.of(by), selection.where())) {
            rows.add(new BreakdownRow(
                    MetricsTable.segment(result, ja),
                    MetricsTable.value(result.value(), result.unit(), ja),
                    ratio(result)));
        }
        model.addAttribute("breakdown", rows);
    }

    private MetricResult one(Metric metric, Period period, Selection selection) {
        return metrics.compute(List.of(metric), period, Optional.empty(), selection.where())
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
