package org.kizuna.metrics.revenue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.kizuna.metrics.ActivityCounts;
import org.kizuna.metrics.ActivityTally;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;

/**
 * The costs of some categories that fall in the period, apportioned to the request's base and segments. The
 * whole base bears every cost (under a filter, the share {@link FilteredShare} gives). In a breakdown, a cost
 * tagged with the breakdown's attribute goes to its value's segment; every other cost, untagged or tagged
 * with another attribute, is shared among the segments in proportion to their audience, so that the segments
 * add up to the whole base.
 */
final class CostAllocation {

    /**
     * One segment's part of the costs beside its audience.
     *
     * @param amounts per category in the order asked; null amounts when no cost of these categories falls in
     *     the period (no cost recorded is unknown, not zero)
     * @param customers the segment's audience: customers acquired, or active, in the period
     */
    record Spend(Map<String, BigDecimal> amounts, long customers) {

        Spend {
            amounts = Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
        }

        BigDecimal amount(String category) {
            return amounts.get(category);
        }

        /** The costs of all the categories, or null when none is recorded. */
        BigDecimal total() {
            return amounts.values().stream()
                    .filter(Objects::nonNull)
                    .reduce(BigDecimal::add)
                    .orElse(null);
        }

        /** The costs per customer of the audience, or null without costs or without customers. */
        BigDecimal perCustomer() {
            BigDecimal total = total();
            return total == null ? null : Ratio.of(total, customers).value();
        }
    }

    // A cost with the part of it the request's customers bear.
    private record Borne(CostTally cost, BigDecimal amount) {}

    private final Optional<String> by;
    private final List<String> categories;
    private final CostAudience audience;
    private final List<Borne> costs;
    private final List<ActivityTally> activity;

    private CostAllocation(
            Optional<String> by,
            List<String> categories,
            CostAudience audience,
            List<Borne> costs,
            List<ActivityTally> activity) {
        this.by = by;
        this.categories = List.copyOf(categories);
        this.audience = audience;
        this.costs = List.copyOf(costs);
        this.activity = List.copyOf(activity);
    }

    static CostAllocation of(
            MetricRequest request, MetricInputs inputs, List<String> categories, CostAudience audience) {
        FilteredShare share = new FilteredShare(inputs.value(), request.period(), audience);
        List<Borne> costs = inputs.value().costs(request.period()).stream()
                .filter(cost -> categories.contains(cost.category()))
                .map(cost -> new Borne(cost, cost.amount().multiply(share.of(cost))))
                .toList();
        return new CostAllocation(
                request.by(), categories, audience, costs, inputs.activity(request.period(), request.by()));
    }

    /** The segment values the costs and the audience hold: the activity's, and the breakdown's cost tags. */
    List<String> segmentValues() {
        Stream<String> tags = costs.stream()
                .filter(borne -> borne.amount().signum() != 0 && by.isPresent())
                .filter(borne -> by.get().equals(borne.cost().tagAttribute()))
                .map(borne -> borne.cost().tagValue());
        return Stream.concat(activity.stream().map(ActivityTally::segmentValue), tags)
                .toList();
    }

    /** How costs of an audience are spread and apportioned, in words. */
    static String convention(CostAudience audience) {
        return "each cost row is spread over its days (period_end inclusive) and the period keeps its days' part;"
                + " in a breakdown a cost tagged with the breakdown's attribute goes to that value, other costs are"
                + " shared in proportion to the " + audience.description()
                + "; under a --where filter each cost counts in the share the filter keeps of its audience ("
                + audience.description() + " with the cost's tag value, all of them for an untagged cost);"
                + " a tag naming no customer attribute counts as untagged";
    }

    Spend spend(Segment segment) {
        long customers =
                audience.count(ActivityCounts.of(Segmentation.rowsIn(segment, activity, ActivityTally::segmentValue)));
        long allCustomers = audience.count(ActivityCounts.of(activity));
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (String category : categories) {
            amounts.put(category, costs.isEmpty() ? null : BigDecimal.ZERO);
        }
        for (Borne borne : costs) {
            amounts.merge(borne.cost().category(), part(segment, borne, customers, allCustomers), BigDecimal::add);
        }
        return new Spend(amounts, customers);
    }

    private static BigDecimal part(Segment segment, Borne borne, long customers, long allCustomers) {
        if (segment.isAll()) {
            return borne.amount();
        }
        Map.Entry<String, String> value =
                segment.attributes().entrySet().iterator().next();
        if (value.getKey().equals(borne.cost().tagAttribute())) {
            return Objects.equals(value.getValue(), borne.cost().tagValue()) ? borne.amount() : BigDecimal.ZERO;
        }
        if (allCustomers == 0) {
            return BigDecimal.ZERO;
        }
        return borne.amount()
                .multiply(BigDecimal.valueOf(customers))
                .divide(BigDecimal.valueOf(allCustomers), MathContext.DECIMAL64);
    }
}
