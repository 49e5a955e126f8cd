package org.kizuna.web.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kizuna.cli.MetricsTable;
import org.kizuna.metrics.MetricResult;

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
    static final String METRIC = "mrr_movements";

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

    /** The parts in the waterfall's order, with whether they add (+1), subtract (−1) or are a total (0). */
    private static final List<Object[]> PARTS = List.of(
            new Object[] {"mrr_start", 0},
            new Object[] {"new", 1},
            new Object[] {"expansion", 1},
            new Object[] {"reactivation", 1},
            new Object[] {"contraction", -1},
            new Object[] {"churned", -1},
            new Object[] {"mrr_end", 0});

    /**
     * The waterfall of a result of {@code mrr_movements}; empty without subscriptions (its parts are then "no
     * data").
     *
     * @param labels the name of a part in the page's language
     */
    static Waterfall of(MetricResult movements, Function<String, String> labels, boolean ja) {
        List<Step> steps = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (Object[] part : PARTS) {
            String name = (String) part[0];
            int sign = (Integer) part[1];
            if (!(movements.parts().get(name) instanceof BigDecimal amount)) {
                return new Waterfall(List.of(), false);
            }
            String unit = movements.unit();
            String text = MetricsTable.value(amount, unit, ja);
            if (sign == 0) {
                steps.add(new Step(name, labels.apply(name), "total", BigDecimal.ZERO, amount, text));
                running = amount;
            } else if (sign > 0) {
                steps.add(new Step(name, labels.apply(name), "up", running, amount, "+ " + text));
                running = running.add(amount);
            } else {
                running = running.subtract(amount);
                steps.add(new Step(name, labels.apply(name), "down", running, amount, "− " + text));
            }
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
