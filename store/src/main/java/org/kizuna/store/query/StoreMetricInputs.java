package org.kizuna.store.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kizuna.domain.Period;
import org.kizuna.metrics.ActivityBasis;
import org.kizuna.metrics.ActivityTally;
import org.kizuna.metrics.MetricInputs;
import org.kizuna.metrics.MrrChangeGroup;
import org.kizuna.metrics.ScoreCount;
import org.kizuna.metrics.advocacy.AdvocacyInputs;
import org.kizuna.metrics.cohort.CohortSource;
import org.kizuna.metrics.cohort.CohortTally;
import org.kizuna.metrics.engagement.EngagementInputs;
import org.kizuna.metrics.retention.RetentionInputs;
import org.kizuna.metrics.revenue.ValueInputs;
import org.kizuna.metrics.support.SupportInputs;
import org.kizuna.metrics.voice.VoiceInputs;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;

/**
 * The metric inputs of one workspace, computed by DuckDB: each call is one aggregate query whose result is a
 * handful of tally rows per segment value. Holds one connection; close it when done.
 */
public final class StoreMetricInputs implements MetricInputs, CohortSource, AutoCloseable {

    private static final SqlTemplate ACTIVITY = SqlTemplate.load("activity.sql");
    private static final SqlTemplate MRR_CHANGES = SqlTemplate.load("mrr_changes.sql");
    private static final SqlTemplate SURVEY_SCORES = SqlTemplate.load("survey_scores.sql");
    private static final SqlTemplate COHORTS_SUBSCRIPTIONS = SqlTemplate.load("cohorts_subscriptions.sql");
    private static final SqlTemplate COHORTS_PURCHASES = SqlTemplate.load("cohorts_purchases.sql");

    private final Connection connection;
    private final QueryRunner runner;
    private final ActivityBasis basis;
    private final boolean hasSubscriptions;
    private final VoiceQueries voice;
    private final RetentionQueries retention;
    private final ValueQueries value;
    private final EngagementQueries engagement;
    private final SupportQueries support;
    private final AdvocacyQueries advocacy;

    public StoreMetricInputs(Workspace workspace) {
        this(workspace, Map.of());
    }

    /**
     * Inputs over the customers whose attributes have the given values (all of them), e.g. {@code region =
     * kanto}; the attributes are those a breakdown accepts.
     */
    public StoreMetricInputs(Workspace workspace, Map<String, String> where) {
        this(workspace, where, true);
    }

    /**
     * @param keep whether to use and keep the queries' rows between runs (the workspace's {@code tallies}
     *     folder), so that a figure computed again over unchanged tables needs no query; false runs every query
     */
    public StoreMetricInputs(Workspace workspace, Map<String, String> where, boolean keep) {
        this.connection = workspace.connect();
        int currencyDigits = Math.max(
                0,
                Currency.getInstance(workspace.settings().reportingCurrency()).getDefaultFractionDigits());
        ZoneId zone = workspace.settings().timeZone();
        try {
            QueryRunner probe = new QueryRunner(connection, where, zone, currencyDigits, new ActivityBasis.Unknown());
            this.basis = ActivityRule.basis(probe, workspace.settings());
            this.hasSubscriptions = basis instanceof ActivityBasis.Subscriptions;
        } catch (WorkspaceException e) {
            close();
            throw e;
        }
        this.runner = new QueryRunner(
                connection, where, zone, currencyDigits, basis, keep ? new KeptTallies(workspace) : null);
        this.voice = new VoiceQueries(runner);
        this.retention = new RetentionQueries(runner);
        this.value = new ValueQueries(runner);
        this.engagement = new EngagementQueries(runner);
        this.support = new SupportQueries(runner);
        this.advocacy = new AdvocacyQueries(runner);
    }

    @Override
    public ActivityBasis activityBasis() {
        return basis;
    }

    @Override
    public boolean hasSubscriptions() {
        return hasSubscriptions;
    }

    @Override
    public VoiceInputs voice() {
        return voice;
    }

    @Override
    public RetentionInputs retention() {
        return retention;
    }

    @Override
    public ValueInputs value() {
        return value;
    }

    @Override
    public EngagementInputs engagement() {
        return engagement;
    }

    @Override
    public SupportInputs support() {
        return support;
    }

    @Override
    public AdvocacyInputs advocacy() {
        return advocacy;
    }

    @Override
    public List<ActivityTally> activity(Period period, Optional<String> by) {
        List<ActivityTally> tallies = new ArrayList<>();
        runner.query(
                ACTIVITY,
                spans -> {
                    Map<String, String> values = runner.everyCustomerValues(spans);
                    values.put("ends", runner.activeAtEndsSpans(spans));
                    return values;
                },
                period,
                by,
                Map.of(),
                r -> tallies.add(new ActivityTally(
                        r.getString(1),
                        r.getBoolean(2),
                        r.getBoolean(3),
                        r.getBoolean(4),
                        r.getBoolean(5),
                        r.getLong(6))));
        return tallies;
    }

    @Override
    public List<MrrChangeGroup> mrrChanges(Period period, Optional<String> by) {
        List<MrrChangeGroup> groups = new ArrayList<>();
        if (!hasSubscriptions) {
            return groups;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("start", period.first().minusDays(1).toString());
        values.put("end", period.last().toString());
        values.put("digits", Integer.toString(runner.currencyDigits()));
        runner.query(
                MRR_CHANGES,
                values,
                by,
                r -> groups.add(new MrrChangeGroup(
                        r.getString(1),
                        r.getBoolean(2),
                        r.getBoolean(3),
                        r.getInt(4),
                        r.getBoolean(5),
                        r.getLong(6),
                        r.getBigDecimal(7),
                        r.getBigDecimal(8))));
        return groups;
    }

    @Override
    public List<ScoreCount> surveyScores(Period period, Optional<String> by, String surveyType) {
        List<ScoreCount> counts = new ArrayList<>();
        runner.query(
                SURVEY_SCORES,
                spans -> {
                    Map<String, String> values = runner.spanValues(spans, VoiceQueries.RESPONSE_SPANS);
                    values.put("type", SqlTemplate.literal(surveyType));
                    return values;
                },
                period,
                by,
                Map.of("touchpoint", "s.touchpoint"),
                r -> counts.add(new ScoreCount(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getBigDecimal(4),
                        r.getBigDecimal(5),
                        r.getBigDecimal(6),
                        r.getBigDecimal(7),
                        r.getLong(8))));
        return counts;
    }

    @Override
    public List<CohortTally> cohorts(YearMonth first, YearMonth last) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("first", first.atDay(1).toString());
        values.put("after", last.plusMonths(1).atDay(1).toString());
        values.put("digits", Integer.toString(runner.currencyDigits()));
        SqlTemplate template = byBasis(COHORTS_SUBSCRIPTIONS, COHORTS_PURCHASES, values);
        List<CohortTally> tallies = new ArrayList<>();
        runner.query(
                template,
                values,
                Optional.empty(),
                r -> tallies.add(
                        new CohortTally(r.getString(1), r.getInt(2), r.getLong(3), r.getLong(4), r.getBigDecimal(5))));
        return tallies;
    }

    /**
     * The query that judges activity as this workspace does: by subscription, or by a purchase in the window
     * (which it adds to the values); with neither, the purchase query finds nobody active.
     */
    private SqlTemplate byBasis(SqlTemplate subscriptions, SqlTemplate purchases, Map<String, String> values) {
        if (basis instanceof ActivityBasis.Subscriptions) {
            return subscriptions;
        }
        int window = basis instanceof ActivityBasis.Purchases p ? p.windowDays() : 1;
        values.put("window", Integer.toString(window));
        return purchases;
    }

    /**
     * Counts the given periods together from now on: a query that can count several periods in one pass over
     * its tables (the product-usage ones, for instance), asked for one of them, counts them all and keeps each
     * period's rows, so that computing the others afterwards, with any instance over the same workspace and
     * filter, reads them instead of passing over the same tables once per period. A report computes one of its
     * months so. Does nothing for an instance that keeps no rows.
     *
     * @param periods periods each starting the day after the one before it ends
     * @throws IllegalArgumentException when they do not
     */
    public void countTogether(List<Period> periods) {
        runner.countTogether(periods);
    }

    /**
     * The rows behind every tally this instance has answered so far, at most {@code limit} each: what {@code
     * kizuna explain} shows under a figure.
     */
    public List<EvidenceTable> evidence(int limit) {
        return runner.evidence(limit);
    }

    /**
     * The customer attributes this workspace can break down and filter by: the contract's, the derived ones
     * ({@code signup_cohort}, {@code referred}) and the custom columns imported with the customers.
     */
    public List<String> customerAttributes() {
        List<String> known = new ArrayList<>(org.kizuna.domain.contract.DataContract.CUSTOMER_ATTRIBUTES);
        known.addAll(CustomerSegmentation.DERIVED_ATTRIBUTES);
        try {
            known.addAll(CustomerSegmentation.customAttributes(connection));
        } catch (SQLException e) {
            throw QueryRunner.failure(e);
        }
        return List.copyOf(known);
    }

    /** How many of this instance's queries were answered by rows kept from an earlier run. */
    public int keptRuns() {
        return runner.keptRuns();
    }

    /**
     * Removes every query result kept for the workspace, so that the next computations read the tables again;
     * what a benchmark of the computation itself starts from.
     */
    public static void forgetKept(Workspace workspace) {
        KeptTallies.forget(workspace);
    }

    /** The time this instance's queries took, per query file: where a computation's time went. */
    public List<QueryTiming> timings() {
        return runner.timings();
    }

    /**
     * The names of the queries this instance has run so far, in order; {@link #evidence} lists the rows of
     * each, since every tally keeps its detail rows.
     */
    List<String> queriesRun() {
        return runner.queriesRun();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw QueryRunner.failure(e);
        }
    }
}
