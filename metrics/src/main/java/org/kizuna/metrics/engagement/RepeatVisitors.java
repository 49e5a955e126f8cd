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
import org.kizuna.metrics.Ratio;
import org.kizuna.metrics.Unit;

/**
 * Repeat visitors: the percentage of the period's active users who were active on two or more distinct days
 * of it (002). A one-day period has none by construction.
 */
public final class RepeatVisitors implements Metric {

    public static final MetricDefinition DEFINITION = new MetricDefinition(
            "repeat_visitors",
            Family.ENGAGEMENT,
            "リピーター",
            "Repeat visitors",
            Unit.PERCENT,
            "期間中の異なる2日以上にイベントのあったユーザー数 ÷ 期間中のアクティブユーザー数 × 100。",
            "users active on two or more distinct days of the period / users active in the period × 100.",
            List.of("002"),
            true,
            Set.of("channel"));

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<MetricResult> compute(MetricRequest request, MetricInputs inputs) {
        String convention = "a user is a (customer_id, user_id) pair; a day is a calendar day in the workspace time"
                + " zone with any event of the user" + UsageSlices.rowAttributeClause(request, "a user");
        return ActiveUsers.of(request, inputs).stream()
                .map(users -> result(request, users, convention))
                .toList();
    }

    private static MetricResult result(MetricRequest request, ActiveUsers users, String convention) {
        String currency = request.settings().reportingCurrency();
        long active = users.periodUsers();
        long repeat = users.periodRepeatUsers();
        Parts parts = new Parts(currency).count("active_users", active).count("repeat_users", repeat);
        return DEFINITION.result(
                request,
                users.segment(),
                Ratio.of(repeat, active).percent(),
                parts.asMap(),
                BigDecimal.valueOf(repeat),
                BigDecimal.valueOf(active),
                convention);
    }
}
