package org.kizuna.metrics.revenue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.domain.Period;

/**
 * The revenue family's port over tally rows held in memory; without rows every input is empty. Like the
 * store, it gives every customer and order row a null segment value when no breakdown is asked for, and
 * counts how often each input is asked for.
 */
public final class InMemoryValueInputs implements ValueInputs {

    private final List<CustomerValueTally> customerValues = new ArrayList<>();
    private final List<OrderTally> orders = new ArrayList<>();
    private final List<CostTally> costs = new ArrayList<>();
    private final Map<Optional<String>, List<CostAudienceTally>> audiences = new HashMap<>();
    private final Map<String, Integer> queries = new HashMap<>();

    InMemoryValueInputs withCustomers(ValueRows.CustomerRow... rows) {
        Arrays.stream(rows).map(ValueRows.CustomerRow::tally).forEach(customerValues::add);
        return this;
    }

    InMemoryValueInputs withOrders(ValueRows.OrderRow... rows) {
        Arrays.stream(rows).map(ValueRows.OrderRow::tally).forEach(orders::add);
        return this;
    }

    InMemoryValueInputs withCosts(ValueRows.CostRow... rows) {
        Arrays.stream(rows).map(ValueRows.CostRow::tally).forEach(costs::add);
        return this;
    }

    /** The audience per value of a tag's attribute, or of all customers when the attribute is null. */
    InMemoryValueInputs withAudience(String tagAttribute, ValueRows.AudienceRow... rows) {
        List<CostAudienceTally> tallies =
                audiences.computeIfAbsent(Optional.ofNullable(tagAttribute), a -> new ArrayList<>());
        Arrays.stream(rows).map(ValueRows.AudienceRow::tally).forEach(tallies::add);
        return this;
    }

    /** How many times an input was asked for: {@code customerValues}, {@code orders}, {@code costs} or {@code costAudience}. */
    public int queries(String input) {
        return queries.getOrDefault(input, 0);
    }

    @Override
    public List<CustomerValueTally> customerValues(Period period, Optional<String> by) {
        queries.merge("customerValues", 1, Integer::sum);
        return by.isPresent()
                ? List.copyOf(customerValues)
                : customerValues.stream()
                        .map(row -> new CustomerValueTally(
                                null,
                                row.referred(),
                                row.customers(),
                                row.orders(),
                                row.ordersWithoutMargin(),
                                row.revenue(),
                                row.margin()))
                        .toList();
    }

    @Override
    public List<OrderTally> orders(Period period, Optional<String> by) {
        queries.merge("orders", 1, Integer::sum);
        return by.isPresent()
                ? List.copyOf(orders)
                : orders.stream()
                        .map(row -> new OrderTally(
                                null,
                                row.kind(),
                                row.recurring(),
                                row.orders(),
                                row.ordersWithoutMargin(),
                                row.revenue(),
                                row.marginedRevenue(),
                                row.margin()))
                        .toList();
    }

    @Override
    public List<CostTally> costs(Period period) {
        queries.merge("costs", 1, Integer::sum);
        return List.copyOf(costs);
    }

    @Override
    public List<CostAudienceTally> costAudience(Period period, Optional<String> tagAttribute) {
        queries.merge("costAudience", 1, Integer::sum);
        return List.copyOf(audiences.getOrDefault(tagAttribute, List.of()));
    }
}
