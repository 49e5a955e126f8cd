package org.kizuna.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kizuna.domain.Period;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.revenue.CostAudienceTally;
import org.kizuna.metrics.revenue.CostTally;
import org.kizuna.metrics.revenue.CustomerValueTally;
import org.kizuna.metrics.revenue.OrderTally;
import org.kizuna.metrics.revenue.ValueInputs;

/** The revenue family's inputs, each one aggregate query over the workspace's tables. */
final class ValueQueries implements ValueInputs {

    private static final SqlTemplate CUSTOMER_VALUES = SqlTemplate.load("value_customer_values.sql");
    private static final SqlTemplate ORDERS = SqlTemplate.load("value_orders.sql");
    private static final SqlTemplate COSTS = SqlTemplate.load("value_costs.sql");
    private static final SqlTemplate AUDIENCE = SqlTemplate.load("value_audience.sql");

    /**
     * The customer attributes a cost can be tagged with besides the imported custom ones: the contract's, and
     * those {@link CustomerSegmentation} derives from the customer's columns.
     */
    private static final List<String> TAG_ATTRIBUTES = Stream.concat(
                    DataContract.CUSTOMER_ATTRIBUTES.stream(), CustomerSegmentation.DERIVED_ATTRIBUTES.stream())
            .toList();

    private final QueryRunner runner;

    ValueQueries(QueryRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<CustomerValueTally> customerValues(Period period, Optional<String> by) {
        List<CustomerValueTally> tallies = new ArrayList<>();
        runner.query(
                CUSTOMER_VALUES,
                runner.periodValues(period),
                by,
                r -> tallies.add(new CustomerValueTally(
                        r.getString(1),
                        r.getBoolean(2),
                        r.getLong(3),
                        r.getLong(4),
                        r.getLong(5),
                        r.getBigDecimal(6),
                        r.getBigDecimal(7))));
        return tallies;
    }

    @Override
    public List<OrderTally> orders(Period period, Optional<String> by) {
        List<OrderTally> tallies = new ArrayList<>();
        runner.query(
                ORDERS,
                spans -> runner.spanValues(spans, Map.of("orders_span", "o.ordered_at")),
                period,
                by,
                Map.of(),
                r -> tallies.add(new OrderTally(
                        r.getString(1),
                        r.getString(2),
                        r.getBoolean(3),
                        r.getLong(4),
                        r.getLong(5),
                        r.getBigDecimal(6),
                        r.getBigDecimal(7),
                        r.getBigDecimal(8))));
        return tallies;
    }

    @Override
    public List<CostTally> costs(Period period) {
        Map<String, String> values = runner.periodValues(period);
        values.put("customer_attributes", literals(TAG_ATTRIBUTES));
        values.put("row_attributes", literals(Segmentation.ROW_ATTRIBUTES));
        List<CostTally> tallies = new ArrayList<>();
        runner.query(
                COSTS,
                values,
                Optional.empty(),
                r -> tallies.add(new CostTally(
                        r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getBigDecimal(5))));
        return tallies;
    }

    @Override
    public List<CostAudienceTally> costAudience(Period period, Optional<String> tagAttribute) {
        List<CostAudienceTally> tallies = new ArrayList<>();
        runner.query(
                AUDIENCE,
                runner::everyCustomerValues,
                period,
                tagAttribute,
                Map.of(),
                r -> tallies.add(new CostAudienceTally(
                        r.getString(1), r.getBoolean(2), r.getBoolean(3), r.getBoolean(4), r.getLong(5))));
        return tallies;
    }

    private static String literals(List<String> texts) {
        return texts.stream().map(SqlTemplate::literal).collect(Collectors.joining(", "));
    }
}
