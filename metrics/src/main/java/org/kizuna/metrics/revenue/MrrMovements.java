package org.kizuna.metrics.revenue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * MRR movements: new, expansion, contraction, churned and reactivation MRR from the day before the period to
 * its last day, with net new MRR as the value. They reconcile exactly: MRR(end) = MRR(start) + net.
 */
public final class MrrMovements implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "mrr_movements",
            Family.REVENUE,
            "MRRの内訳",
            "MRR movements",
            Unit.MONEY,
            "期間前日と期間最終日の顧客ごとのMRRを比べた、新規・拡大・縮小・解約・再開のMRR。値は純増MRR。"
                    + "期末MRR = 期首MRR + 新規 + 拡大 + 再開 − 縮小 − 解約 が常に成り立つ（業界標準の定義）。",
            "new, expansion, contraction, churned and reactivation MRR, comparing each customer's MRR on the day"
                    + " before the period with its last day; the value is net new MRR. MRR(end) = MRR(start) + new"
                    + " + expansion + reactivation − contraction − churned (ecosystem standard, no seed defines it).",
            List.of(),
            true);

    // In the order of the output contract's parts.
    private static final List<MrrMovement> REPORTED = List.of(
            MrrMovement.NEW,
            MrrMovement.EXPANSION,
            MrrMovement.CONTRACTION,
            MrrMovement.CHURNED,
            MrrMovement.REACTIVATION);

    private record Totals(Map<MrrMovement, BigDecimal> amounts, Map<MrrMovement, Long> customers) {

        static Totals of(List<MrrChangeGroup> groups) {
            Map<MrrMovement, BigDecimal> amounts = new EnumMap<>(MrrMovement.class);
            Map<MrrMovement, Long> customers = new EnumMap<>(MrrMovement.class);
            for (MrrMovement movement : MrrMovement.values()) {
                amounts.put(movement, BigDecimal.ZERO);
                customers.put(movement, 0L);
            }
            for (MrrChangeGroup group : groups) {
                MrrMovement movement = classify(group);
                amounts.merge(movement, movement.amount(group), BigDecimal::add);
                customers.merge(movement, group.customers(), Long::sum);
            }
            return new Totals(amounts, customers);
        }

        BigDecimal net() {
            return amounts.get(MrrMovement.NEW)
                    .add(amounts.get(MrrMovement.EXPANSION))
                    .add(amounts.get(MrrMovement.REACTIVATION))
                    .subtract(amounts.get(MrrMovement.CONTRACTION))
                    .subtract(amounts.get(MrrMovement.CHURNED));
        }
    }

    /** The movement of a group of customers whose MRR changed alike; the rule of the catalogue's conventions. */
    public static MrrMovement classify(MrrChangeGroup group) {
        if (group.startPositive() && group.endPositive()) {
            return switch (Integer.signum(group.direction())) {
                case 1 -> MrrMovement.EXPANSION;
                case -1 -> MrrMovement.CONTRACTION;
                default -> MrrMovement.UNCHANGED;
            };
        }
        if (group.startPositive()) {
            return MrrMovement.CHURNED;
        }
        if (group.endPositive()) {
            return group.hadMrrBefore() ? MrrMovement.REACTIVATION : MrrMovement.NEW;
        }
        return MrrMovement.NONE;
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        boolean subscriptions = inputs.hasSubscriptions();
        List<MrrChangeGroup> groups = subscriptions ? inputs.mrrChanges(request.period(), request.by()) : List.of();
        String convention = "each customer's MRR on " + request.period().first().minusDays(1) + " vs "
                + request.period().last();
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
        Totals totals = Totals.of(groups);
        Parts parts = new Parts(currency);
        for (MrrMovement movement : REPORTED) {
            parts.figure(
                    partName(movement),
                    Unit.MONEY,
                    subscriptions ? totals.amounts().get(movement) : null);
        }
        parts.figure("mrr_start", Unit.MONEY, subscriptions ? MonthlyRecurringRevenue.atStart(groups) : null)
                .figure("mrr_end", Unit.MONEY, subscriptions ? MonthlyRecurringRevenue.atEnd(groups) : null);
        for (MrrMovement movement : REPORTED) {
            parts.count(partName(movement) + "_customers", totals.customers().get(movement));
        }
        return DEFINITION.result(
                request, segment, subscriptions ? totals.net() : null, parts.asMap(), null, null, convention);
    }

    private static String partName(MrrMovement movement) {
        return movement.name().toLowerCase(Locale.ROOT);
    }
}
