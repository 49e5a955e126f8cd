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

/**
 * Daily active users: the mean over the period's days of the distinct users with an event that day, a day
 * without activity counting 0; over several whole months, the mean of the months' figures. The same figure
 * over customers is shown beside it.
 */
public final class DailyActiveUsers implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "dau",
            Family.ENGAGEMENT,
            "DAU（日次アクティブユーザー数）",
            "Daily active users (DAU)",
            Unit.USERS,
            "1か月なら、その月の各日にイベントのあった異なるユーザー数の平均（活動のない日は0と数える。延べユーザー日数 ÷ 月の日数）。"
                    + "複数の月からなる期間は各月の値の平均、日・週・その他の期間は延べユーザー日数 ÷ 期間の日数。顧客（アカウント）単位の値も示す。",
            "for a month, the mean over its days of the distinct users with an event that day, a day without"
                    + " activity counting 0 (user-days / days in the month). A period of several whole months takes"
                    + " the mean of its months; a day, week or other range takes user-days / its days. Also at"
                    + " customer (account) level.",
            List.of("002"),
            true,
            Set.of("channel"));

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        String convention = ActiveUsers.convention(request);
        return ActiveUsers.of(request, inputs).stream()
                .map(users -> result(request, users, convention))
                .toList();
    }

    private static MetricResult result(MetricRequest request, ActiveUsers users, String convention) {
        String currency = request.settings().reportingCurrency();
        Parts parts = new Parts(currency)
                .count("user_days", users.periodUserDays())
                .count("days", users.days())
                .figure(
                        "daily_active_customers",
                        Unit.CUSTOMERS,
                        users.customers().daily())
                .count("customer_days", users.periodCustomerDays());
        boolean oneSpan = users.hasData() && !users.meanOfMonths();
        return DEFINITION.result(
                request,
                users.segment(),
                users.users().daily(),
                parts.asMap(),
                oneSpan ? BigDecimal.valueOf(users.periodUserDays()) : null,
                oneSpan ? BigDecimal.valueOf(users.days()) : null,
                convention);
    }
}
