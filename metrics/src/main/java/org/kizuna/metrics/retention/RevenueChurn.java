package org.kizuna.metrics.retention;

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
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;
import org.kizuna.metrics.revenue.MrrMovement;
import org.kizuna.metrics.revenue.MrrMovements;

/**
 * Revenue churn: the MRR lost to churn and contraction as a percentage of the MRR the period opens with
 * (gross), beside the net figure that also credits expansion and reactivation, and net revenue retention.
 * Movements are classified exactly as {@link MrrMovements} classifies them, so the two always agree.
 */
public final class RevenueChurn implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "revenue_churn",
            Family.RETENTION,
            "収益チャーン",
            "Gross and net revenue churn, net revenue retention",
            Unit.PERCENT,
            "グロス = (解約MRR + 縮小MRR) ÷ 期首MRR × 100。ネット = (解約 + 縮小 − 拡大 − 再開) ÷ 期首MRR × 100、"
                    + "NRR = 100 − ネット。ネットが負なら「ネガティブチャーン」。期首は期間初日の前日。",
            "gross = (churned + contraction MRR) / MRR at the start × 100; net = (churned + contraction −"
                    + " expansion − reactivation) / MRR at the start × 100; NRR = 100 − net. Net below zero is"
                    + " \"negative churn\". The start is the day before the period.",
            List.of("002"),
            false);

    private record Totals(Map<MrrMovement, BigDecimal> amounts, BigDecimal mrrStart) {

        static Totals of(List<MrrChangeGroup> groups) {
            Map<MrrMovement, BigDecimal> amounts = new EnumMap<>(MrrMovement.class);
            for (MrrMovement movement : MrrMovement.values()) {
                amounts.put(movement, BigDecimal.ZERO);
            }
            BigDecimal start = BigDecimal.ZERO;
            for (MrrChangeGroup group : groups) {
                MrrMovement movement = MrrMovements.classify(group);
                amounts.merge(movement, movement.amount(group), BigDecimal::add);
                start = start.add(group.startMrr());
            }
            return new Totals(amounts, start);
        }

        BigDecimal amount(MrrMovement movement) {
            return amounts.get(movement);
        }

        BigDecimal lost() {
            return amount(MrrMovement.CHURNED).add(amount(MrrMovement.CONTRACTION));
        }

        BigDecimal netLost() {
            return lost().subtract(amount(MrrMovement.EXPANSION)).subtract(amount(MrrMovement.REACTIVATION));
        }
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        boolean subscriptions = inputs.hasSubscriptions();
        List<MrrChangeGroup> groups = subscriptions ? inputs.mrrChanges(request.period(), request.by()) : List.of();
        return Segmentation.slices(request, groups, MrrChangeGroup::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), subscriptions ? Totals.of(slice.rows()) : null))
                .toList();
    }

    // Totals are null in a workspace without subscriptions, where MRR is not defined at all.
    private static MetricResult result(MetricRequest request, Segment segment, Totals totals) {
        String currency = request.settings().reportingCurrency();
        BigDecimal gross = totals == null ? null : new Ratio(totals.lost(), totals.mrrStart()).percent();
        BigDecimal net = totals == null ? null : new Ratio(totals.netLost(), totals.mrrStart()).percent();
        Parts parts = new Parts(currency)
                .figure("net_pct", Unit.PERCENT, net)
                .figure(
                        "nrr_pct",
                        Unit.PERCENT,
                        net == null ? null : BigDecimal.valueOf(100).subtract(net))
                .figure("mrr_start", Unit.MONEY, totals == null ? null : totals.mrrStart());
        for (MrrMovement movement : List.of(
                MrrMovement.CHURNED, MrrMovement.CONTRACTION, MrrMovement.EXPANSION, MrrMovement.REACTIVATION)) {
            parts.figure(
                    movement.name().toLowerCase(Locale.ROOT),
                    Unit.MONEY,
                    totals == null ? null : totals.amount(movement));
        }
        return DEFINITION.result(
                request,
                segment,
                gross,
                parts.asMap(),
                totals == null ? null : totals.lost(),
                totals == null ? null : totals.mrrStart(),
                convention(request, net));
    }

    private static String convention(MetricRequest request, BigDecimal net) {
        String base = "each customer's MRR on " + request.period().first().minusDays(1) + " vs "
                + request.period().last() + ", classified as mrr_movements classifies it; value = gross revenue"
                + " churn; net_pct also subtracts expansion and reactivation (reactivated MRR was not in the"
                + " starting MRR but is credited, as the catalogue defines net churn)";
        return net != null && net.signum() < 0
                ? base + "; net_pct below zero: negative churn, expansion and reactivation outweigh the MRR lost"
                : base;
    }
}
