package org.kizuna.metrics.engagement;

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
 * Monthly active users: the distinct users with an event in the month; over several whole months, the mean of
 * the months' counts; for a day, week or other range, the distinct users of the 30 days ending on its last
 * day. The same figure over customers is shown beside it.
 */
public final class MonthlyActiveUsers implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "mau",
            Family.ENGAGEMENT,
            "MAU（月次アクティブユーザー数）",
            "Monthly active users (MAU)",
            Unit.USERS,
            "1か月なら、その月にイベントのあった異なるユーザー数。複数の月からなる期間は各月の値の平均、日・週・その他の期間は期間最終日までの30日間の異なるユーザー数。" + "顧客（アカウント）単位の値も示す。",
            "for a month, the distinct users with an event in it. A period of several whole months takes the"
                    + " mean of its months; a day, week or other range takes the distinct users of the 30 days"
                    + " ending on its last day. Also at customer (account) level.",
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
                .figure(
                        "monthly_active_customers",
                        Unit.CUSTOMERS,
                        users.customers().monthly())
                .count("period_users", users.periodUsers());
        return DEFINITION.result(
                request, users.segment(), users.users().monthly(), parts.asMap(), null, null, convention);
    }
}
