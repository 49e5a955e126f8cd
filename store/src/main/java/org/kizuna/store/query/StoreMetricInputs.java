package org.kizuna.store.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.kizuna.metrics.cohort.CohortSource;
import org.kizuna.metrics.cohort.CohortTally;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;

/**
 * The metric inputs of one workspace, computed by DuckDB: each call is one aggregate query whose result is a
 * handful of tally rows per segment value. Holds one connection; close it when done.
 */
public final class StoreMetricInputs implements MetricInputs, CohortSource, AutoCloseable {

    private static final SqlTemplate ACTIVITY_SUBSCRIPTIONS = SqlTemplate.load("activity_subscriptions.sql");
    private static final SqlTemplate ACTIVITY_PURCHASES = SqlTemplate.load("activity_purchases.sql");
    private static final SqlTemplate MRR_CHANGES = SqlTemplate.load("mrr_changes.sql");
    private static final SqlTemplate SURVEY_SCORES = SqlTemplate.load("survey_scores.sql");
    private static final SqlTemplate COHORTS_SUBSCRIPTIONS = SqlTemplate.load("cohorts_subscriptions.sql");
    private static final SqlTemplate COHORTS_PURCHASES = SqlTemplate.load("cohorts_purchases.sql");

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    private final Connection connection;
    private final Map<String, String> where;
    private final ZoneId zone;
    private final int currencyDigits;
    private final ActivityBasis basis;
    private final boolean hasSubscriptions;

    public StoreMetricInputs(Workspace workspace) {
        this(workspace, Map.of());
    }

    /**
     * Inputs over the customers whose attributes have the given values (all of them), e.g. {@code region =
     * kanto}; the attributes are those a breakdown accepts.
     */
    public StoreMetricInputs(Workspace workspace, Map<String, String> where) {
        this.where = Map.copyOf(where);
        this.connection = workspace.connect();
        this.zone = workspace.settings().timeZone();
        this.currencyDigits = Math.max(
                0,
                Currency.getInstance(workspace.settings().reportingCurrency()).getDefaultFractionDigits());
        try {
            this.hasSubscriptions = exists("subscriptions");
            boolean hasOrders = exists("orders");
            this.basis = hasSubscriptions
                    ? new ActivityBasis.Subscriptions()
                    : hasOrders
                            ? new ActivityBasis.Purchases(workspace.settings().inactivityWindowDays())
                            : new ActivityBasis.Unknown();
        } catch (SQLException e) {
            close();
            throw failure(e);
        }
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
    public List<ActivityTally> activity(Period period, Optional<String> by) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("start", period.first().minusDays(1).toString());
        values.put("first", period.first().toString());
        values.put("last", period.last().toString());
        SqlTemplate template = byBasis(ACTIVITY_SUBSCRIPTIONS, ACTIVITY_PURCHASES, values);
        List<ActivityTally> tallies = new ArrayList<>();
        query(
                template,
                values,
                by,
                r -> tallies.add(new ActivityTally(
                        r.getString(1), r.getBoolean(2), r.getBoolean(3), r.getBoolean(4), r.getLong(5))));
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
        values.put("digits", Integer.toString(currencyDigits));
        query(
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
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", SqlTemplate.literal(surveyType));
        values.put("from", startOf(period.first()));
        values.put("until", startOf(period.last().plusDays(1)));
        List<ScoreCount> counts = new ArrayList<>();
        query(
                SURVEY_SCORES,
                values,
                by,
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
        values.put("digits", Integer.toString(currencyDigits));
        SqlTemplate template = byBasis(COHORTS_SUBSCRIPTIONS, COHORTS_PURCHASES, values);
        List<CohortTally> tallies = new ArrayList<>();
        query(
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

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private String startOf(LocalDate day) {
        return TIMESTAMP.format(day.atStartOfDay(zone));
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(SqlTemplate template, Map<String, String> values, Optional<String> by, RowReader reader) {
        try {
            CustomerSegmentation segment = CustomerSegmentation.of(connection, by);
            Map<String, String> all = new LinkedHashMap<>(values);
            all.put("segment", segment.expression());
            all.put("segment_join", segment.join());
            StringBuilder filter = new StringBuilder("true");
            StringBuilder filterJoins = new StringBuilder();
            int n = 0;
            for (Map.Entry<String, String> condition : new java.util.TreeMap<>(where).entrySet()) {
                CustomerSegmentation attribute = CustomerSegmentation.of(
                        connection, condition.getKey(), "where_attribute_" + n++, "to filter by");
                filter.append(" AND ")
                        .append(attribute.expression())
                        .append(" = ")
                        .append(SqlTemplate.literal(condition.getValue()));
                filterJoins.append(attribute.join()).append('\n');
            }
            all.put("filter", filter.toString());
            all.put("filter_join", filterJoins.toString());
            try (Statement statement = connection.createStatement();
                    ResultSet r = statement.executeQuery(template.fill(all))) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private boolean exists(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    private static WorkspaceException failure(SQLException e) {
        return new WorkspaceException(
                "a query of the workspace failed: " + WorkspaceException.databaseCause(e.getMessage()), e);
    }
}
