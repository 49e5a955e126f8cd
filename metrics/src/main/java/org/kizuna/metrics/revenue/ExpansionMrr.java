package org.kizuna.metrics.revenue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.kizuna.metrics.ActivityCounts;
import org.kizuna.metrics.ActivityTally;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.MrrChangeGroup;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;

/**
 * Expansion MRR as 003 defines it: the recurring revenue of the period's last day (active customers × their
 * average recurring revenue, which is MRR) plus the average monthly non-recurring revenue of upsells,
 * cross-sells and add-ons. It is not the standard expansion movement of the same name, which it shows beside
 * it. No data without subscriptions, where there is no MRR.
 */
public final class ExpansionMrr implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "expansion_mrr",
            Family.REVENUE,
            "拡大MRR",
            "Expansion MRR (as 003 defines it)",
            Unit.MONEY,
            "月間アクティブ顧客数 × 顧客あたりの平均経常収益（= MRR）+ アップセル・クロスセル・アドオンによる月平均の非経常収益（003の定義）。"
                    + "同じ名前の業界標準の拡大MRR（MRRの内訳）と並べて示す。",
            "monthly active customers × average recurring revenue per customer (= MRR) + average monthly"
                    + " non-recurring revenue from upsells, cross-sells and add-ons (003's definition). Shown beside"
                    + " the standard expansion movement of the same name.",
            List.of("003"),
            true);

    /** The order kinds 003 counts as expansion revenue. */
    static final Set<String> EXPANSION_KINDS = Set.of("upsell", "cross_sell", "add_on");

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        boolean subscriptions = inputs.hasSubscriptions();
        List<ActivityTally> activity = inputs.activity(request.period(), request.by());
        List<MrrChangeGroup> groups = subscriptions ? inputs.mrrChanges(request.period(), request.by()) : List.of();
        List<OrderTally> orders = inputs.value().orders(request.period(), request.by());
        List<String> values = Stream.of(
                        activity.stream().map(ActivityTally::segmentValue),
                        groups.stream().map(MrrChangeGroup::segmentValue),
                        orders.stream().map(OrderTally::segmentValue))
                .flatMap(s -> s)
                .toList();
        String convention = "003's expansion MRR, not the standard movement (standard_expansion): customers active on "
                + request.period().last() + " × ARPA, i.e. MRR on that day, + orders of kind upsell, cross_sell or"
                + " add_on not marked recurring in the period / " + CustomerEconomics.months(request.period())
                + " months; " + inputs.activityBasis().describe();
        return Segmentation.segments(request, values).stream()
                .map(segment -> result(
                        request,
                        segment,
                        ActivityCounts.of(Segmentation.rowsIn(segment, activity, ActivityTally::segmentValue)),
                        subscriptions ? Segmentation.rowsIn(segment, groups, MrrChangeGroup::segmentValue) : null,
                        Segmentation.rowsIn(segment, orders, OrderTally::segmentValue),
                        convention))
                .toList();
    }

    // groups is null without subscriptions: MRR, and so the value, are unknown.
    private static MetricResult result(
            MetricRequest request,
            Segment segment,
            ActivityCounts counts,
            List<MrrChangeGroup> groups,
            List<OrderTally> orders,
            String convention) {
        String currency = request.settings().reportingCurrency();
        BigDecimal mrr = groups == null ? null : MonthlyRecurringRevenue.atEnd(groups);
        BigDecimal nonRecurring = orders.stream()
                .filter(order -> !order.recurring() && order.kind() != null && EXPANSION_KINDS.contains(order.kind()))
                .map(OrderTally::revenue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal nonRecurringMonthly =
                new Ratio(nonRecurring, request.period().months()).value();
        BigDecimal standard = groups == null
                ? null
                : groups.stream()
                        .filter(group -> MrrMovements.classify(group) == MrrMovement.EXPANSION)
                        .map(MrrMovement.EXPANSION::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        Parts parts = new Parts(currency)
                .figure("mrr", Unit.MONEY, mrr)
                .count("active_customers", counts.activeAtEnd())
                .figure(
                        "arpa",
                        Unit.MONEY,
                        mrr == null ? null : Ratio.of(mrr, counts.activeAtEnd()).value())
                .figure("non_recurring_monthly", Unit.MONEY, nonRecurringMonthly)
                .figure("standard_expansion", Unit.MONEY, standard);
        return DEFINITION.result(
                request,
                segment,
                mrr == null ? null : mrr.add(nonRecurringMonthly),
                parts.asMap(),
                null,
                null,
                convention);
    }
}
