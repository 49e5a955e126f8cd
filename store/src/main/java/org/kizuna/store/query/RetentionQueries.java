package org.kizuna.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.domain.Period;
import org.kizuna.metrics.ActivityBasis;
import org.kizuna.metrics.retention.BuyerTally;
import org.kizuna.metrics.retention.LifetimeCount;
import org.kizuna.metrics.retention.RetentionInputs;
import org.kizuna.metrics.retention.RiskRule;
import org.kizuna.metrics.retention.RiskTally;

/** The retention family's inputs, each one aggregate query over the workspace's tables. */
final class RetentionQueries implements RetentionInputs {

    private static final SqlTemplate TENURE_SUBSCRIPTIONS = SqlTemplate.load("retention_tenure_subscriptions.sql");
    private static final SqlTemplate TENURE_PURCHASES = SqlTemplate.load("retention_tenure_purchases.sql");
    private static final SqlTemplate TENURE_SIGNUPS = SqlTemplate.load("retention_tenure_signups.sql");
    private static final SqlTemplate BUYERS = SqlTemplate.load("retention_buyers.sql");
    private static final SqlTemplate RISK = SqlTemplate.load("retention_risk.sql");

    private final QueryRunner runner;

    RetentionQueries(QueryRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<LifetimeCount> lifetimes(Period period, Optional<String> by) {
        Map<String, String> values = runner.periodValues(period);
        SqlTemplate template;
        if (runner.basis() instanceof ActivityBasis.Subscriptions) {
            template = TENURE_SUBSCRIPTIONS;
        } else if (runner.basis() instanceof ActivityBasis.Purchases purchases) {
            values.put("window", Integer.toString(purchases.windowDays()));
            template = TENURE_PURCHASES;
        } else {
            template = TENURE_SIGNUPS;
        }
        List<LifetimeCount> counts = new ArrayList<>();
        runner.query(
                template,
                values,
                by,
                r -> counts.add(new LifetimeCount(r.getString(1), r.getBoolean(2), r.getLong(3), r.getLong(4))));
        return counts;
    }

    @Override
    public List<BuyerTally> buyers(Period period, Optional<String> by) {
        List<BuyerTally> tallies = new ArrayList<>();
        runner.query(
                BUYERS,
                runner.periodValues(period),
                by,
                r -> tallies.add(new BuyerTally(r.getString(1), r.getLong(2), r.getBoolean(3), r.getLong(4))));
        return tallies;
    }

    @Override
    public List<RiskTally> risks(Period period, Optional<String> by, RiskRule rule) {
        Map<String, String> values = runner.periodValues(period);
        values.put("ends", runner.activeAtEnds(period));
        values.put("signals_from", runner.startOf(period.first().minusDays(rule.signalDays())));
        values.put("usage_from", runner.startOf(period.first().minusDays(rule.usageDays())));
        values.put("detractor_below", rule.detractorBelow().toPlainString());
        List<RiskTally> tallies = new ArrayList<>();
        runner.query(
                RISK,
                values,
                by,
                r -> tallies.add(new RiskTally(
                        r.getString(1),
                        r.getBoolean(2),
                        r.getBoolean(3),
                        r.getBoolean(4),
                        r.getBoolean(5),
                        r.getLong(6))));
        return tallies;
    }

    @Override
    public boolean hasProductEvents() {
        return runner.exists("events");
    }
}
