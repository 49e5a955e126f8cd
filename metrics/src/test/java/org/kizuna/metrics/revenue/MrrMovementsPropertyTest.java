package org.kizuna.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kizuna.metrics.InMemoryInputs.inputs;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MrrChangeGroup;
import org.kizuna.metrics.Requests;

class MrrMovementsPropertyTest {

    private static final MetricRequest JUNE_BY_PLAN = Requests.brokenDownBy("plan", "2024-06");

    /** One customer's MRR on the day before the period and on its last day. */
    record CustomerMrr(String plan, BigDecimal start, BigDecimal end, boolean paidEarlier) {}

    private record GroupKey(String plan, boolean startPositive, boolean endPositive, int direction, boolean hadMrr) {}

    @Property
    void movementsReconcileMrrAtBothEnds(@ForAll("customers") List<CustomerMrr> customers) {
        for (MetricResult result : new MrrMovements().compute(JUNE_BY_PLAN, inputs().withMrr(groups(customers)))) {
            BigDecimal start = (BigDecimal) result.parts().get("mrr_start");
            BigDecimal end = (BigDecimal) result.parts().get("mrr_end");
            assertThat(end).isEqualByComparingTo(start.add(result.value()));
            BigDecimal net = part(result, "new")
                    .add(part(result, "expansion"))
                    .add(part(result, "reactivation"))
                    .subtract(part(result, "contraction"))
                    .subtract(part(result, "churned"));
            assertThat(result.value()).isEqualByComparingTo(net);
        }
    }

    @Property
    void segmentsAddUpToTheWholeBase(@ForAll("customers") List<CustomerMrr> customers) {
        List<MetricResult> results = new MrrMovements().compute(JUNE_BY_PLAN, inputs().withMrr(groups(customers)));

        BigDecimal segmentsNet = results.subList(1, results.size()).stream()
                .map(MetricResult::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(segmentsNet).isEqualByComparingTo(results.get(0).value());
    }

    private static BigDecimal part(MetricResult result, String name) {
        return (BigDecimal) result.parts().get(name);
    }

    /** Customers grouped as the store groups them: by segment, by sign of MRR on each day and of the change. */
    private static List<MrrChangeGroup> groups(List<CustomerMrr> customers) {
        Map<GroupKey, MrrChangeGroup> groups = new LinkedHashMap<>();
        for (CustomerMrr customer : customers) {
            boolean startPositive = customer.start().signum() > 0;
            GroupKey key = new GroupKey(
                    customer.plan(),
                    startPositive,
                    customer.end().signum() > 0,
                    customer.end().compareTo(customer.start()),
                    startPositive || customer.paidEarlier());
            MrrChangeGroup one = new MrrChangeGroup(
                    key.plan(),
                    key.startPositive(),
                    key.endPositive(),
                    key.direction(),
                    key.hadMrr(),
                    1,
                    customer.start(),
                    customer.end());
            groups.merge(
                    key,
                    one,
                    (sum, next) -> new MrrChangeGroup(
                            sum.segmentValue(),
                            sum.startPositive(),
                            sum.endPositive(),
                            sum.direction(),
                            sum.hadMrrBefore(),
                            sum.customers() + next.customers(),
                            sum.startMrr().add(next.startMrr()),
                            sum.endMrr().add(next.endMrr())));
        }
        return List.copyOf(groups.values());
    }

    @Provide
    Arbitrary<List<CustomerMrr>> customers() {
        // About half the amounts are zero, so that every movement, NONE included, turns up often.
        Arbitrary<BigDecimal> amount = Arbitraries.oneOf(
                        Arbitraries.just(0L), Arbitraries.longs().between(1, 10_000_000))
                .map(cents -> BigDecimal.valueOf(cents, 2));
        Arbitrary<CustomerMrr> customer = Combinators.combine(
                        Arbitraries.of("basic", "pro").injectNull(0.2), amount, amount, Arbitraries.of(true, false))
                .as(CustomerMrr::new);
        return customer.list().ofMaxSize(40);
    }
}
