package org.kizuna.metrics.retention;

import java.math.BigDecimal;
import java.util.List;
import org.kizuna.domain.MetricConventions.ChurnDenominator;
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
 * first day) who are not active on its last. By default customers acquired during the period are in neither
 * count, so a growing base does not dilute the rate (003: 5 lost of 100, with 10 gained, is 5 %, not 5/110).
 * A workspace may instead count them in both ({@link ChurnDenominator#START_PLUS_ACQUIRED}): those acquired
 * join the denominator, and those of them not active on the last day join the lost.
 */
public final class ChurnRate implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "churn_rate",
            Family.RETENTION,
            "チャーンレート / 解約率",
            "Customer churn rate",
            Unit.PERCENT,
            "期間中に失った顧客数（期首にアクティブで最終日にアクティブでない顧客）÷ 期首にアクティブな顧客数 × 100。"
                    + "期首は期間初日の前日の状態。既定では期間中に獲得した顧客は分子にも分母にも数えない。"
                    + "設定で分母を「期首 + 期間中の獲得」にすると、獲得した顧客を分母に、そのうち最終日にアクティブでない顧客を分子に加える。",
            "customers lost during the period (active at its start, not on its last day) / customers active at"
                    + " its start × 100, the start being the state on the day before the period. By default"
                    + " customers acquired during the period are in neither count; with the start_plus_acquired"
                    + " denominator setting they join the denominator, and those not active on the last day the"
                    + " numerator.",
            List.of("000", "002", "003"),
            false);

    /**
     * The figures of one segment under a denominator convention.
     *
     * @param counts the activity counts
     * @param newcomersLost acquired during the period without being active at its start, and not active on its
     *     last day
     * @param lost the numerator
     * @param base the denominator
     */
    private record Churn(ActivityCounts counts, long newcomersLost, long lost, long base) {

        static Churn of(List<ActivityTally> rows, ChurnDenominator denominator) {
            ActivityCounts counts = ActivityCounts.of(rows);
            long newcomers = 0;
            long newcomersLost = 0;
            for (ActivityTally row : rows) {
                // One acquired in the period yet already active the day before is in the base once, as a starter.
                if (row.acquired() && !row.activeAtStart()) {
                    newcomers += row.customers();
                    if (!row.activeAtEnd()) {
                        newcomersLost += row.customers();
                    }
                }
            }
            return denominator == ChurnDenominator.START_PLUS_ACQUIRED
                    ? new Churn(
                            counts, newcomersLost, counts.lost() + newcomersLost, counts.activeAtStart() + newcomers)
                    : new Churn(counts, newcomersLost, counts.lost(), counts.activeAtStart());
        }
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<ActivityTally> rows = inputs.activity(request.period(), request.by());
        ChurnDenominator denominator = request.settings().conventions().churnDenominator();
        String convention = inputs.activityBasis().describe() + describe(denominator);
        return Segmentation.slices(request, rows, ActivityTally::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), Churn.of(slice.rows(), denominator), convention))
                .toList();
    }

    private static String describe(ChurnDenominator denominator) {
        return denominator == ChurnDenominator.START_PLUS_ACQUIRED
                ? "; denominator = start_plus_acquired: customers active at the start (on the day before the"
                        + " period's first day) plus those acquired during the period; numerator = those lost plus"
                        + " the acquired not active on the last day"
                : "; denominator = start: customers active at the start (on the day before the period's first"
                        + " day); customers acquired during the period are in neither count";
    }

    private static MetricResult result(MetricRequest request, Segment segment, Churn churn, String convention) {
        String currency = request.settings().reportingCurrency();
        ActivityCounts counts = churn.counts();
        Parts parts = new Parts(currency)
                .count("active_at_start", counts.activeAtStart())
                .count("lost", counts.lost())
                .count("acquired", counts.acquired())
                .count("acquired_lost", churn.newcomersLost())
                .count("active_at_end", counts.activeAtEnd());
        return DEFINITION.result(
                request,
                segment,
                Ratio.of(churn.lost(), churn.base()).percent(),
                parts.asMap(),
                BigDecimal.valueOf(churn.lost()),
                BigDecimal.valueOf(churn.base()),
                convention);
    }
}
