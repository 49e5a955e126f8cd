package org.kizuna.web.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kizuna.cli.MetricsTable;
import org.kizuna.metrics.MetricResult;
import org.kizuna.reports.Movement;

/**
 * MRR from the period's start to its end as a waterfall: opening MRR, then each movement of the catalogue's
 * {@code mrr_movements} up or down, then closing MRR. Each bar stands on an invisible base, the running total
 * where it starts.
 *
 * @param steps the bars, in order
 * @param balanced whether opening MRR plus the movements is closing MRR (it always should be)
 */
record Waterfall(List<Step> steps, boolean balanced) {

    /** The metric whose parts the waterfall shows. */
    static final String METRIC = Movement.METRIC;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One bar.
     *
     * @param part the part of {@code mrr_movements} it shows ({@code mrr_start}, {@code new}, …)
     * @param label its name in the page's language
     * @param kind {@code total}, {@code up} or {@code down}
     * @param base where the bar starts: 0 for totals, else the running total below the bar
     * @param amount the bar's height (never negative)
     * @param text the amount with its sign and unit, as the command line writes money
     */
    record Step(String part, String label, String kind, BigDecimal base, BigDecimal amount, String text) {}

    /**
     * The waterfall of a result of {@code mrr_movements}; empty without subscriptions (its parts are then "no
     * data").
     *
     * @param labels the name of a part in the page's language
     */
    static Waterfall of(MetricResult movements, Function<String, String> labels, boolean ja) {
        List<Step> steps = new ArrayList<>();
        for (Movement bar : Movement.of(movements)) {
            String text = MetricsTable.value(bar.amount(), movements.unit(), ja);
            String kind = bar.kind().name().toLowerCase(java.util.Locale.ROOT);
            String sign = bar.kind() == Movement.Kind.UP ? "+ " : bar.kind() == Movement.Kind.DOWN ? "− " : "";
            steps.add(new Step(bar.part(), labels.apply(bar.part()), kind, bar.base(), bar.amount(), sign + text));
        }
        if (steps.isEmpty()) {
            return new Waterfall(List.of(), false);
        }
        BigDecimal closing = steps.get(steps.size() - 1).amount();
        BigDecimal beforeClosing = steps.get(steps.size() - 2).kind().equals("down")
                ? steps.get(steps.size() - 2).base()
                : steps.get(steps.size() - 2)
                        .base()
                        .add(steps.get(steps.size() - 2).amount());
        return new Waterfall(steps, beforeClosing.compareTo(closing) == 0);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The bars as the chart reads them. */
    public String json() {
        ArrayNode array = JSON.createArrayNode();
        for (Step step : steps) {
            array.addObject()
                    .put("part", step.part())
                    .put("label", step.label())
                    .put("kind", step.kind())
                    .put("base", step.base())
                    .put("amount", step.amount())
                    .put("text", step.text());
        }
        return array.toString();
    }
}
