package org.kizuna.metrics.revenue;

import java.math.BigDecimal;
import java.util.List;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MrrChangeGroup;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;

/**
 * Growth MRR (002): the MRR gained from customers who already paid at the period's start, new and
 * reactivated customers' MRR excluded. It is the standard expansion movement of {@link MrrMovements} under
 * 002's name, and classified by the same rule.
 */
public final class GrowthMrr implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "growth_mrr",
            Family.REVENUE,
            "成長MRR",
            "Growth MRR",
            Unit.MONEY,
            "期間初日の前日にすでにMRRがあった顧客の、期間最終日までのMRRの増加分の合計（アップセル・クロスセル・特典など）。" + "新規顧客と再開顧客のMRRは含めない（002）。",
            "MRR gained between the day before the period and its last day from customers who already had MRR on"
                    + " the first of those days (upsell, cross-sell, rewards), excluding new and reactivated"
                    + " customers' MRR (002).",
            List.of("002"),
            true);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        boolean subscriptions = inputs.hasSubscriptions();
        List<MrrChangeGroup> groups = subscriptions ? inputs.mrrChanges(request.period(), request.by()) : List.of();
        String convention = "the standard expansion movement (mrr_movements' expansion) under 002's name: increases"
                + " of customers with MRR on both " + request.period().first().minusDays(1) + " and "
                + request.period().last() + "; new and reactivation MRR are left out (new_mrr_excluded)";
        return Segmentation.slices(request, groups, MrrChangeGroup::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), slice.rows(), subscriptions, convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request,
            Segment segment,
            List<MrrChangeGroup> groups,
            boolean subscriptions,
            String convention) {
        String currency = request.settings().reportingCurrency();
        BigDecimal growth = BigDecimal.ZERO;
        BigDecimal excluded = BigDecimal.ZERO;
        long customers = 0;
        for (MrrChangeGroup group : groups) {
            MrrMovement movement = MrrMovements.classify(group);
            if (movement == MrrMovement.EXPANSION) {
                growth = growth.add(movement.amount(group));
                customers += group.customers();
            } else if (movement == MrrMovement.NEW || movement == MrrMovement.REACTIVATION) {
                excluded = excluded.add(movement.amount(group));
            }
        }
        Parts parts = new Parts(currency)
                .count("customers", customers)
                .figure("new_mrr_excluded", Unit.MONEY, subscriptions ? excluded : null);
        return DEFINITION.result(
                request, segment, subscriptions ? growth : null, parts.asMap(), null, null, convention);
    }
}
