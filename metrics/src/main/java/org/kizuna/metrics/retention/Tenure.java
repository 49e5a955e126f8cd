package org.kizuna.metrics.retention;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.kizuna.metrics.ActivityBasis;
import org.kizuna.metrics.Distribution;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Unit;

/**
 * Customer longevity: how long customers' lives have lasted by the period's last day, from their start to
 * their churn, or to that day for those still active, in months of 30.4375 days (the mean Gregorian month).
 * Every customer whose life started by then counts, churned long ago or not, so that the figure describes the
 * whole history as it stands at the period's end.
 */
public final class Tenure implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "tenure",
            Family.RETENTION,
            "顧客の寿命",
            "Customer longevity",
            Unit.MONTHS,
            "最初の契約開始（契約がなければ最初の購入）から解約まで、まだアクティブな顧客は期間の最終日までの月数の平均と中央値。" + "1か月 = 30.4375日。期間の最終日までに始まったすべての顧客を数える。",
            "mean and median months from the first subscription start (without subscriptions, the first purchase)"
                    + " to churn, or to the period's last day for customers still active; a month is 30.4375 days."
                    + " Every customer whose life started by the period's last day counts.",
            List.of("001"),
            true);

    private static final BigDecimal MEAN_MONTH_DAYS = new BigDecimal("30.4375");

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        List<LifetimeCount> rows = inputs.retention().lifetimes(request.period(), request.by());
        String convention = convention(request, inputs.activityBasis());
        return Segmentation.slices(request, rows, LifetimeCount::segmentValue).stream()
                .map(slice -> result(request, slice.segment(), slice.rows(), convention))
                .toList();
    }

    private static MetricResult result(
            MetricRequest request, Segment segment, List<LifetimeCount> rows, String convention) {
        String currency = request.settings().reportingCurrency();
        Distribution days =
                Distribution.of(rows.stream().map(LifetimeCount::asValueCount).toList());
        long stillActive = rows.stream()
                .filter(LifetimeCount::stillActive)
                .mapToLong(LifetimeCount::customers)
                .sum();
        Parts parts = new Parts(currency)
                .figure("median_months", Unit.MONTHS, months(days.median()))
                .count("customers", days.size())
                .count("still_active", stillActive)
                .count("churned", days.size() - stillActive);
        return DEFINITION.result(
                request,
                segment,
                months(days.mean()),
                parts.asMap(),
                null,
                BigDecimal.valueOf(days.size()),
                convention);
    }

    private static BigDecimal months(BigDecimal days) {
        return days == null ? null : days.divide(MEAN_MONTH_DAYS, MathContext.DECIMAL64);
    }

    private static String convention(MetricRequest request, ActivityBasis basis) {
        String life;
        if (basis instanceof ActivityBasis.Subscriptions) {
            life = "life = from the first subscription's start_date to the first day no longer active (churned_at,"
                    + " or the end of its last subscription coverage)";
        } else if (basis instanceof ActivityBasis.Purchases purchases) {
            life = "life = from the first purchase (order of positive amount) to the first day no longer active"
                    + " (churned_at, or the last purchase + the " + purchases.windowDays()
                    + "-day inactivity window)";
        } else {
            life = "no subscriptions or orders: life = from signup_date to churned_at";
        }
        return life + ", or through " + request.period().last() + " when still active on it; every customer whose"
                + " life started by then counts; months = days / 30.4375; median interpolated between closest ranks";
    }
}
