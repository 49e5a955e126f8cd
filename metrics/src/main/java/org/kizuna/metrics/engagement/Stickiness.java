package org.kizuna.metrics.engagement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricDefinition;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.MetricResult;
import org.kizuna.metrics.Parts;
import org.kizuna.metrics.Unit;
import org.kizuna.metrics.engagement.ActiveUsers.Figures;

/**
 * Stickiness: DAU / MAU × 100, the share of a month's users active on a typical day (002). Over several whole
 * months it is the mean of the months' stickiness, not mean DAU over mean MAU, as the catalogue takes the mean
 * of each figure. The same ratio over customers is shown beside it.
 */
public final class Stickiness implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "stickiness",
            Family.ENGAGEMENT,
            "スティッキネス（DAU ÷ MAU）",
            "Stickiness (DAU / MAU)",
            Unit.PERCENT,
            "DAU ÷ MAU × 100。複数の月からなる期間は各月のスティッキネスの平均。顧客（アカウント）単位の値も示す。",
            "DAU / MAU × 100. A period of several whole months takes the mean of its months' stickiness. Also"
                    + " at customer (account) level.",
            List.of("002"),
            true,
            Set.of("channel"));

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        String convention = ActiveUsers.convention(request)
                + "; unless it is a mean of months, stickiness = 100 × user-days / (days × MAU), shown as numerator and"
                + " denominator";
        return ActiveUsers.of(request, inputs).stream()
                .map(users -> result(request, users, convention))
                .toList();
    }

    private static MetricResult result(MetricRequest request, ActiveUsers users, String convention) {
        String currency = request.settings().reportingCurrency();
        Figures figures = users.users();
        Figures customers = users.customers();
        Parts parts = new Parts(currency)
                .figure("dau", Unit.USERS, figures.daily())
                .figure("mau", Unit.USERS, figures.monthly())
                .figure("customer_stickiness_pct", Unit.PERCENT, customers.stickiness())
                .figure("daily_active_customers", Unit.CUSTOMERS, customers.daily())
                .figure("monthly_active_customers", Unit.CUSTOMERS, customers.monthly());
        boolean oneSpan = figures.stickiness() != null && !users.meanOfMonths();
        return DEFINITION.result(
                request,
                users.segment(),
                figures.stickiness(),
                parts.asMap(),
                oneSpan ? BigDecimal.valueOf(users.periodUserDays()) : null,
                oneSpan ? BigDecimal.valueOf(users.days()).multiply(figures.monthly()) : null,
                convention);
    }
}
