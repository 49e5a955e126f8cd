package org.kizuna.metrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kizuna.metrics.InMemoryInputs.inputs;
import static org.kizuna.metrics.TallyRows.customers;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.Requests;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.TallyRows.ActivityRow;

class CostAllocationPropertyTest {

    private static final MetricRequest JUNE_BY_PLAN = Requests.brokenDownBy("plan", "2024-06");

    /** A cost untagged, tagged with a plan (the breakdown's attribute) or with a region (another one). */
    record Cost(String category, String tagAttribute, String tagValue, BigDecimal amount) {}

    @Property
    void theSegmentsBearExactlyTheWholeBasesCosts(
            @ForAll("costs") List<Cost> costs,
            @ForAll @IntRange(min = 1, max = 50) int basic,
            @ForAll @IntRange(max = 50) int pro,
            @ForAll @IntRange(max = 50) int withoutPlan) {
        InMemoryValueInputs value = new InMemoryValueInputs();
        for (Cost cost : costs) {
            ValueRows.CostRow row =
                    ValueRows.cost(cost.category(), cost.amount().toPlainString());
            value.withCosts(cost.tagAttribute() == null ? row : row.taggedWith(cost.tagAttribute(), cost.tagValue()));
        }
        MetricInputs inputs = inputs().withActivity(
                        acquired(basic, "basic"), acquired(pro, "pro"), acquired(withoutPlan, null))
                .withValue(value);

        CostAllocation allocation =
                CostAllocation.of(JUNE_BY_PLAN, inputs, CustomerEconomics.ACQUISITION_COSTS, CostAudience.ACQUIRED);
        List<Segment> segments = Segmentation.segments(JUNE_BY_PLAN, allocation.segmentValues());

        for (String category : CustomerEconomics.ACQUISITION_COSTS) {
            BigDecimal whole = allocation.spend(Segment.ALL).amount(category);
            BigDecimal parts = segments.subList(1, segments.size()).stream()
                    .map(segment -> allocation.spend(segment).amount(category))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal expected = costs.stream()
                    .filter(cost -> cost.category().equals(category))
                    .map(Cost::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(whole).isEqualByComparingTo(expected);
            assertThat(parts.doubleValue()).isCloseTo(whole.doubleValue(), within(1e-6));
        }
    }

    private static ActivityRow acquired(int count, String plan) {
        return customers(count).acquired().in(plan);
    }

    @Provide
    Arbitrary<List<Cost>> costs() {
        Arbitrary<String> category = Arbitraries.of("marketing", "sales");
        Arbitrary<String[]> tag = Arbitraries.of(
                new String[] {null, null},
                new String[] {"plan", "basic"},
                new String[] {"plan", "pro"},
                new String[] {"plan", "enterprise"},
                new String[] {"region", "kanto"});
        Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("100000"))
                .ofScale(2);
        return Combinators.combine(category, tag, amount)
                .as((c, t, a) -> new Cost(c, t[0], t[1], a))
                .list()
                .ofMinSize(1)
                .ofMaxSize(12);
    }
}
