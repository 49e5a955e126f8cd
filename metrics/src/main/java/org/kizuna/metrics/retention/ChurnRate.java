package org.kizuna.metrics.retention;

import java.math.BigDecimal;
import java.util.List;
import org.kizuna.metrics.ActivityCounts;
import org.kizuna.metrics.ActivityTally;
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
 * Customer churn rate: the percentage of the customers the period opens with (active on the day before its
 * first day) who are not active on its last. Customers acquired during the period are in neither count, so a
 * growing base does not dilute the rate (003: 5 lost of 100, with 10 gained, is 5 %, not 5/110).
 */
public final class ChurnRate implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "churn_rate",
            Family.RETENTION,
            "チャーンレート / 解約率",
            "Customer churn rate",
            Unit.PERCENT,
            "期間中に失った顧客数（期首にアクティブで最終日にアクティブでない顧客）÷ 期首にアクティブな顧客数 × 100。" + "期首は期間初日の前日の状態。期間中に獲得した顧客は分子にも分母にも数えない。",
            "customers lost during the period (active at its start, not on its last day) / customers active at"
                    + " its start × 100, the start being the state on the day before the period. Customers acquired"
                    + " during the period are in neither count.",
            List.of("000", "002", "003"),
            false);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<ActivityTally> rows = inputs.activity(request.period(), request.by());
        String convention = inputs.activityBasis().describe()
                + "; denominator = customers active at the start (on the day before the period's first day)";
        return Segmentation.slices(request, rows, ActivityTally::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), ActivityCounts.of(slice.rows()), convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request, Segment segment, ActivityCounts counts, String convention) {
        String currency = request.settings().reportingCurrency();
        Parts parts = new Parts(currency)
                .count("active_at_start", counts.activeAtStart())
                .count("lost", counts.lost())
                .count("acquired", counts.acquired())
                .count("active_at_end", counts.activeAtEnd());
        return new MetricResult(
                DEFINITION.id(),
                request.period().label(),
                segment,
                DEFINITION
                        .unit()
                        .round(Ratio.of(counts.lost(), counts.activeAtStart()).percent(), currency),
                DEFINITION.unit().id(currency),
                parts.asMap(),
                BigDecimal.valueOf(counts.lost()),
                BigDecimal.valueOf(counts.activeAtStart()),
                convention);
    }
}
