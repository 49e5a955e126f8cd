package org.kizuna.store.query;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import org.kizuna.domain.Period;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.metrics.ActivityBasis;

/**
 * The workspace's one rule of who is active on a day, as SQL that other parts of the store join: covered by a
 * subscription, or (without subscriptions) a purchase in the inactivity window, {@code churned_at} overriding
 * both. The metrics' activity fragments are the rule, so a customer listed as active is one the metrics count
 * as active on that day.
 */
public final class ActivityRule {

    private final QueryRunner runner;

    /** The rule of the workspace whose database the connection reads; the connection stays the caller's. */
    public ActivityRule(Connection connection, WorkspaceSettings settings) {
        QueryRunner probe = new QueryRunner(connection, Map.of(), settings.timeZone(), 0, new ActivityBasis.Unknown());
        this.runner = new QueryRunner(connection, Map.of(), settings.timeZone(), 0, basis(probe, settings));
    }

    /** By subscription when there are any, else by purchase when there are orders, else unknown. */
    static ActivityBasis basis(QueryRunner probe, WorkspaceSettings settings) {
        if (probe.exists("subscriptions")) {
            return new ActivityBasis.Subscriptions();
        }
        return probe.exists("orders")
                ? new ActivityBasis.Purchases(settings.inactivityWindowDays())
                : new ActivityBasis.Unknown();
    }

    public ActivityBasis basis() {
        return runner.basis();
    }

    /**
     * A query of {@code customer_id} and {@code active} (boolean): the customers active on the day; customers
     * with neither a subscription nor a purchase around the day may be left out (not active).
     */
    public String activeOn(LocalDate day) {
        return "SELECT customer_id, active_at_end AS active FROM (\n" + runner.activeAtEnds(Period.day(day)) + "\n)";
    }
}
