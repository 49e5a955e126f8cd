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
 * Customer retention rate in its exact form: customers active at the period's start (on the day before its
 * first day) who are still active on its last, as a percentage of those active at its start. The textbook (end − acquired) / start is
 * shown beside it, never used as the value.
 */
public final class RetentionRate implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "retention_rate",
            Family.RETENTION,
            "顧客維持率 (CRR)",
            "Customer retention rate",
            Unit.PERCENT,
            "期首（期間初日の前日）にアクティブで最終日もアクティブな顧客数 ÷ 期首にアクティブな顧客数 × 100。" + "教科書的な (期末 − 新規獲得) ÷ 期首 は参考値として併記する。",
            "customers active at the period's start (the day before its first day) who are still active on its"
                    + " last day / customers active at its start × 100. The textbook (end − acquired) / start is"
                    + " shown beside it.",
            List.of("000", "001"),
            true);

    private static final String EXACT_FORM = "; exact form: customers active at the start and still on the last day"
            + " / customers active at the start. The textbook (active at end − acquired) / active at start"
            + " (textbook_pct) differs when a customer acquired in the period also churns in it or a customer"
            + " reactivates";

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<ActivityTally> rows = inputs.activity(request.period(), request.by());
        String convention = inputs.activityBasis().describe() + EXACT_FORM;
        return Segmentation.slices(request, rows, ActivityTally::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), ActivityCounts.of(slice.rows()), convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request, Segment segment, ActivityCounts counts, String convention) {
        String currency = request.settings().reportingCurrency();
        BigDecimal textbook = Ratio.of(counts.activeAtEnd() - counts.acquired(), counts.activeAtStart())
                .percent();
        Parts parts = new Parts(currency)
                .count("retained", counts.retained())
                .count("active_at_start", counts.activeAtStart())
                .count("active_at_end", counts.activeAtEnd())
                .count("acquired", counts.acquired())
                .figure("textbook_pct", Unit.PERCENT, textbook);
        return DEFINITION.result(
                request,
                segment,
                Ratio.of(counts.retained(), counts.activeAtStart()).percent(),
                parts.asMap(),
                BigDecimal.valueOf(counts.retained()),
                BigDecimal.valueOf(counts.activeAtStart()),
                convention);
    }
}
