package org.kizuna.web.cohorts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kizuna.cli.CohortsQuery;
import org.kizuna.cli.MetricsTable;
import org.kizuna.metrics.cohort.CohortMeasure;
import org.kizuna.metrics.cohort.CohortTable;
import org.kizuna.store.Workspace;
import org.kizuna.web.metrics.MetricsService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Cohort tables as a heat map and as a table: each signup month's customers followed month by month, the
 * same table {@code kizuna cohorts} prints for the same measure and months.
 */
@Controller
class CohortsController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MetricsService metrics;
    private final MessageSource messages;

    CohortsController(MetricsService metrics, MessageSource messages) {
        this.metrics = metrics;
        this.messages = messages;
    }

    /** A cohort's line of the table: its month, its customers and each month's figure as text. */
    record Line(String cohort, long customers, List<String> cells) {}

    @GetMapping("/cohorts")
    String cohorts(
            @RequestParam(required = false) String metric,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        boolean ja = "ja".equals(locale.getLanguage());
        Workspace workspace = metrics.workspace();
        CohortsQuery query = new CohortsQuery(blank(metric), blank(by), blank(from), blank(to));
        model.addAttribute(
                "measures",
                List.of(CohortMeasure.values()).stream()
                        .map(measure -> measure.name().toLowerCase(Locale.ROOT))
                        .toList());
        model.addAttribute("metric", query.metric() == null ? "retention" : query.metric());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        String refusal = refusal(query, workspace, locale);
        if (refusal != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.getMessage("cohorts.error", new Object[] {refusal}, locale));
            model.addAttribute("lines", List.of());
            return "cohorts";
        }
        CohortTable table = query.table(workspace);
        String first = query.first(workspace).toString();
        String last = query.last(workspace).toString();
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("unit", table.unit());
        int width =
                table.rows().stream().mapToInt(row -> row.cells().size()).max().orElse(0);
        List<String> months = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            months.add(messages.getMessage("cohorts.month", new Object[] {k}, locale));
        }
        model.addAttribute("months", months);
        List<Line> lines = new ArrayList<>();
        ArrayNode cells = JSON.createArrayNode();
        BigDecimal max = table.measure() == CohortMeasure.MRR ? BigDecimal.ZERO : BigDecimal.valueOf(100);
        for (int y = 0; y < table.rows().size(); y++) {
            CohortTable.Row row = table.rows().get(y);
            List<String> texts = new ArrayList<>();
            for (int x = 0; x < row.cells().size(); x++) {
                BigDecimal value = row.cells().get(x);
                texts.add(value == null ? "–" : MetricsTable.value(value, table.unit(), ja));
                if (value != null) {
                    cells.addArray().add(x).add(y).add(value).add(label(value, table));
                    max = max.max(value);
                }
            }
            lines.add(new Line(row.cohort(), row.customers(), texts));
        }
        model.addAttribute("lines", lines);
        ObjectNode heat = JSON.createObjectNode();
        heat.set("months", JSON.valueToTree(months));
        heat.set("cohorts", JSON.valueToTree(lines.stream().map(Line::cohort).toList()));
        heat.set("cells", cells);
        heat.put("min", 0);
        heat.put("max", max);
        heat.put("minText", MetricsTable.value(BigDecimal.ZERO, table.unit(), ja));
        heat.put("maxText", MetricsTable.value(max, table.unit(), ja));
        model.addAttribute("heat", heat.toString());
        model.addAttribute("empty", lines.isEmpty());
        model.addAttribute("workspace", workspace.folder().toString());
        return "cohorts";
    }

    /** Why the query cannot be answered, in the page's language, naming the field; null when it can. */
    private String refusal(CohortsQuery query, Workspace workspace, Locale locale) {
        try {
            query.measure();
        } catch (IllegalArgumentException e) {
            return messages.getMessage("cohorts.error.metric", new Object[] {query.metric()}, locale);
        }
        try {
            query.checkBy();
        } catch (IllegalArgumentException e) {
            return messages.getMessage("cohorts.error.by", new Object[] {query.by()}, locale);
        }
        for (String field : List.of("to", "from")) {
            String text = field.equals("to") ? query.to() : query.from();
            if (text != null) {
                try {
                    CohortsQuery.month(field, text);
                } catch (IllegalArgumentException e) {
                    String name = messages.getMessage("cohorts." + field, null, locale);
                    return messages.getMessage("cohorts.error.month", new Object[] {name, text}, locale);
                }
            }
        }
        try {
            query.first(workspace);
        } catch (IllegalArgumentException e) {
            return messages.getMessage(
                    "cohorts.error.order", new Object[] {query.from(), query.last(workspace)}, locale);
        }
        return null;
    }

    /** A cell's label in the heat map: a percentage without its unit, or the amount without its currency. */
    private static String label(BigDecimal value, CohortTable table) {
        return table.measure() == CohortMeasure.MRR
                ? java.text.NumberFormat.getIntegerInstance(Locale.ROOT).format(value)
                : value.toPlainString();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
