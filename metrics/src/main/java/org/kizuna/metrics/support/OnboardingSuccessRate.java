package org.kizuna.metrics.support;

import java.math.BigDecimal;
import java.util.List;
import org.kizuna.metrics.Distribution;
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
import org.kizuna.metrics.ValueCount;

/**
 * Onboarding success rate: of the customers acquired in the period who started onboarding, the percentage who
 * completed every required milestone on or before signup_date + the workspace's target days, with the median
 * days to complete beside it. A customer whose milestones are all optional has nothing required to succeed or
 * fail at: it is left out of the rate rather than counted as a success, and reported apart.
 */
public final class OnboardingSuccessRate implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "onboarding_success_rate",
            Family.SUPPORT,
            "初期設定の成功率",
            "Onboarding success rate",
            Unit.PERCENT,
            "期間中に獲得しオンボーディングを開始した顧客のうち、必須マイルストーンをすべて登録日＋目標日数以内に完了した顧客数" + " ÷ 開始した顧客数 × 100。完了までの日数の中央値も示す。",
            "customers acquired in the period who started onboarding and completed every required milestone"
                    + " within the target days of signup / customers acquired in the period who started onboarding"
                    + " × 100; also the median days to complete.",
            List.of("000"),
            true);

    private record Progress(
            long started, long withoutRequired, long succeeded, long late, long notCompleted, Distribution days) {

        static Progress of(List<OnboardingCount> rows, int targetDays) {
            long started = 0;
            long withoutRequired = 0;
            long succeeded = 0;
            long late = 0;
            long notCompleted = 0;
            for (OnboardingCount row : rows) {
                started += row.customers();
                if (!row.requiredMilestones()) {
                    withoutRequired += row.customers();
                } else if (!row.completed()) {
                    notCompleted += row.customers();
                } else if (row.daysToComplete() <= targetDays) {
                    succeeded += row.customers();
                } else {
                    late += row.customers();
                }
            }
            Distribution days = Distribution.of(rows.stream()
                    .filter(row -> row.requiredMilestones() && row.completed())
                    .map(row -> new ValueCount(
                            row.segmentValue(), BigDecimal.valueOf(row.daysToComplete()), row.customers()))
                    .toList());
            return new Progress(started, withoutRequired, succeeded, late, notCompleted, days);
        }

        long measured() {
            return succeeded + late + notCompleted;
        }
    }

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        int targetDays = request.settings().onboardingTargetDays();
        String convention = "customers with signup_date in the period and any onboarding row; success = every"
                + " required milestone completed on a calendar day (workspace time zone) on or before signup_date + "
                + targetDays + " days, completions as the data stands; median_days_to_complete over every customer"
                + " who completed them, on time or late; customers whose milestones are all optional are left out"
                + " of the rate and counted as without_required_milestones";
        List<OnboardingCount> rows = inputs.support().onboarding(request.period(), request.by());
        return Segmentation.slices(request, rows, OnboardingCount::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), Progress.of(slice.rows(), targetDays), convention))
                .toList();
    }

    private static MetricResult result(MetricRequest request, Segment segment, Progress progress, String convention) {
        String currency = request.settings().reportingCurrency();
        Parts parts = new Parts(currency)
                .figure("median_days_to_complete", Unit.DAYS, progress.days().median())
                .count("started", progress.started())
                .count("succeeded", progress.succeeded())
                .count("completed_late", progress.late())
                .count("not_completed", progress.notCompleted())
                .count("without_required_milestones", progress.withoutRequired());
        return DEFINITION.result(
                request,
                segment,
                Ratio.of(progress.succeeded(), progress.measured()).percent(),
                parts.asMap(),
                BigDecimal.valueOf(progress.succeeded()),
                BigDecimal.valueOf(progress.measured()),
                convention);
    }
}
