package org.kizuna.metrics.advocacy;

import java.math.BigDecimal;
import java.util.List;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;

/**
 * Loyalty redemption rate: the points redeemed in the period as a percentage of the points issued (earned)
 * in it. Points are taken as absolute values, so that data giving redemptions as negative numbers and data
 * giving them as positive ones agree; the row type says which way they move.
 */
public final class LoyaltyRedemptionRate implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "loyalty_redemption_rate",
            Family.ADVOCACY,
            "引き換え率",
            "Loyalty redemption rate",
            Unit.PERCENT,
            "期間中に引き換えられたポイント ÷ 期間中に発行された（獲得された）ポイント × 100。ポイントは絶対値で数える。",
            "points redeemed in the period / points issued (earned) in the period × 100, points taken as absolute"
                    + " values.",
            List.of("001"),
            true);

    private static final String CONVENTION = "loyalty rows of the period (occurred_at): issued = earn, redeemed ="
            + " redeem, expired = expire, each the sum of the rows' absolute points (the type gives the"
            + " direction; a row without points counts 0); points redeemed may come from points issued earlier";

    private record Points(BigDecimal issued, BigDecimal redeemed, BigDecimal expired) {

        static Points of(List<PointsTally> rows) {
            return new Points(sum(rows, "earn"), sum(rows, "redeem"), sum(rows, "expire"));
        }

        private static BigDecimal sum(List<PointsTally> rows, String type) {
            return rows.stream()
                    .filter(row -> row.type().equals(type))
                    .map(PointsTally::points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<PointsTally> rows = inputs.advocacy().loyaltyPoints(request.period(), request.by());
        return Segmentation.slices(request, rows, PointsTally::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), Points.of(slice.rows())))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, Points points) {
        String currency = request.settings().reportingCurrency();
        Parts parts = new Parts(currency)
                .figure("points_issued", Unit.POINTS, points.issued())
                .figure("points_redeemed", Unit.POINTS, points.redeemed())
                .figure("points_expired", Unit.POINTS, points.expired());
        return DEFINITION.result(
                request,
                segment,
                new Ratio(points.redeemed(), points.issued()).percent(),
                parts.asMap(),
                Unit.POINTS.round(points.redeemed(), currency),
                Unit.POINTS.round(points.issued(), currency),
                CONVENTION);
    }
}
