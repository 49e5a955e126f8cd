package org.kizuna.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kizuna.metrics.MetricResult;

/**
 * One bar of MRR's movements over a period, as a waterfall draws it: opening MRR, each movement up or down,
 * closing MRR. Each bar stands on an invisible base, the running total where it starts.
 *
 * @param part the part of {@code mrr_movements} it shows ({@code mrr_start}, {@code new}, …)
 * @param kind whether it is a total, a rise or a fall
 * @param base where the bar starts: 0 for totals, else the running total below the bar
 * @param amount the bar's height (never negative)
 */
public record Movement(String part, Kind kind, BigDecimal base, BigDecimal amount) {

    /** The metric whose parts the movements are. */
    public static final String METRIC = "mrr_movements";

    public enum Kind {
        TOTAL,
        UP,
        DOWN
    }

    /** The amount with its sign: negative for a fall. */
    public BigDecimal signed() {
        return kind == Kind.DOWN ? amount.negate() : amount;
    }

    /** The parts in the waterfall's order, with whether they add (+1), subtract (−1) or are a total (0). */
    private static final List<Object[]> PARTS = List.of(
            new Object[] {"mrr_start", 0},
            new Object[] {"new", 1},
            new Object[] {"expansion", 1},
            new Object[] {"reactivation", 1},
            new Object[] {"contraction", -1},
            new Object[] {"churned", -1},
            new Object[] {"mrr_end", 0});

    /** The parts of {@code mrr_movements} in order; empty when they are "no data" (no subscriptions). */
    public static List<String> parts() {
        return PARTS.stream().map(part -> (String) part[0]).toList();
    }

    /** The bars of a result of {@code mrr_movements}; empty when its parts are "no data". */
    public static List<Movement> of(MetricResult movements) {
        List<Movement> bars = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (Object[] part : PARTS) {
            String name = (String) part[0];
            int sign = (Integer) part[1];
            if (!(movements.parts().get(name) instanceof BigDecimal amount)) {
                return List.of();
            }
            if (sign == 0) {
                bars.add(new Movement(name, Kind.TOTAL, BigDecimal.ZERO, amount));
                running = amount;
            } else if (sign > 0) {
                bars.add(new Movement(name, Kind.UP, running, amount.abs()));
                running = running.add(amount.abs());
            } else {
                running = running.subtract(amount.abs());
                bars.add(new Movement(name, Kind.DOWN, running, amount.abs()));
            }
        }
        return bars;
    }
}
