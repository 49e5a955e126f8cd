package org.kizuna.store.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.metrics.ActivityBasis;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;
import org.kizuna.store.query.ActivityRule;
import org.kizuna.store.query.CustomerSegmentation;
import org.kizuna.store.query.StoreMetricInputs;

/**
 * The customers of a workspace, one by one: a searchable, paged list with each customer's key figures on a
 * day, and one customer's profile with its weekly usage and timeline. Activity and MRR follow the metrics'
 * conventions (the same activity rule; MRR as the subscription rows covering the day, nothing from
 * churned_at on, rounded per customer). Every value a user gives is a bound parameter.
 */
public final class CustomerDirectory {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final int USAGE_WEEKS = 52;

    /** The contract's columns of customers.csv a search looks in, besides the id and the name. */
    private static final List<String> SEARCHED = searched();

    private final Workspace workspace;
    private final ZoneId zone;
    private final int digits;

    public CustomerDirectory(Workspace workspace) {
        this.workspace = workspace;
        this.zone = workspace.settings().timeZone();
        this.digits = Math.max(
                0,
                Currency.getInstance(workspace.settings().reportingCurrency()).getDefaultFractionDigits());
    }

    /**
     * One page of the customers the query asks for, with their key figures.
     *
     * @throws IllegalArgumentException for an attribute the workspace does not know
     */
    public CustomerPage page(CustomerQuery query) {
        return listed(query, true);
    }

    /**
     * Every customer the query asks for, on every page, with their key figures: what an export of the list holds.
     *
     * @throws IllegalArgumentException for an attribute the workspace does not know
     */
    public List<CustomerSummary> all(CustomerQuery query) {
        return listed(query, false).customers();
    }

    private CustomerPage listed(CustomerQuery query, boolean onePage) {
        checkAttributes(query.where());
        try (Connection connection = workspace.connect()) {
            Listing listing = listing(connection, query.asOf(), query.text(), query.where(), Optional.empty());
            String statusFilter = " WHERE (CAST(? AS VARCHAR) IS NULL OR status = CAST(? AS VARCHAR))";
            String status = query.status().map(CustomerStatus::label).orElse(null);

            List<Object> countParameters = new ArrayList<>(listing.parameters());
            countParameters.add(status);
            countParameters.add(status);
            long[] total = {0};
            run(connection, listing.sql() + "SELECT count(*) FROM listed" + statusFilter, countParameters, r -> {
                total[0] = r.getLong(1);
            });

            List<Object> pageParameters = new ArrayList<>(countParameters);
            String limit = "";
            if (onePage) {
                pageParameters.add(CustomerQuery.PAGE_SIZE);
                pageParameters.add((long) (query.page() - 1) * CustomerQuery.PAGE_SIZE);
                limit = " LIMIT ? OFFSET ?";
            }
            List<CustomerSummary> customers = summaries(
                    connection,
                    listing,
                    "SELECT * FROM listed" + statusFilter + " ORDER BY customer_id" + limit,
                    pageParameters);
            return new CustomerPage(query, workspace.settings().reportingCurrency(), total[0], customers);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The customer's profile on the day, or empty when the workspace has no customer with that id. */
    public Optional<CustomerProfile> profile(String id, LocalDate asOf) {
        try (Connection connection = workspace.connect()) {
            Listing listing = listing(connection, asOf, Optional.empty(), Map.of(), Optional.of(id));
            List<CustomerSummary> found = summaries(connection, listing, "SELECT * FROM listed", listing.parameters());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Instant until = asOf.plusDays(1).atStartOfDay(zone).toInstant();
            List<UsageWeek> usage = usage(connection, id, asOf);
            List<TimelineEntry> timeline = new ArrayList<>();
            Map<String, String> attributes = attributes(connection, id, timeline);
            subscriptions(connection, id, timeline);
            orders(connection, id, timeline);
            usage.stream()
                    .filter(week -> week.events() > 0)
                    .forEach(week -> timeline.add(entry(
                            week.week(),
                            "usage",
                            "usage_week",
                            null,
                            details("events", week.events(), "users", week.users()))));
            surveys(connection, id, timeline);
            tickets(connection, id, timeline);
            rows(
                    connection,
                    timeline,
                    "onboarding",
                    "milestone_completed",
                    "SELECT completed_at, milestone, required FROM onboarding"
                            + " WHERE customer_id = ? AND completed_at IS NOT NULL",
                    id,
                    r -> details("required", r.getBoolean(3)));
            rows(
                    connection,
                    timeline,
                    "education",
                    "course_completed",
                    "SELECT completed_at, course, kind, user_id, score FROM education WHERE customer_id = ?",
                    id,
                    r -> details("kind", r.getString(3), "user_id", r.getString(4), "score", number(r, 5)));
            referrals(connection, id, timeline);
            rows(
                    connection,
                    timeline,
                    "loyalty",
                    "loyalty",
                    "SELECT occurred_at, type, points FROM loyalty WHERE customer_id = ?",
                    id,
                    r -> details("points", number(r, 3)));
            rows(
                    connection,
                    timeline,
                    "community",
                    "community",
                    "SELECT occurred_at, activity, user_id FROM community WHERE customer_id = ?",
                    id,
                    r -> details("user_id", r.getString(3)));
            rows(
                    connection,
                    timeline,
                    "social",
                    "mention",
                    "SELECT posted_at, channel, mention_id, author, text, language, likes, shares, comments"
                            + " FROM social WHERE customer_id = ?",
                    id,
                    r -> details(
                            "mention_id", r.getString(3),
                            "author", r.getString(4),
                            "text", r.getString(5),
                            "language", r.getString(6),
                            "likes", count(r, 7),
                            "shares", count(r, 8),
                            "comments", count(r, 9)));
            List<TimelineEntry> shown = timeline.stream()
                    .filter(entry -> entry.instant().isBefore(until))
                    .sorted(Comparator.comparing(TimelineEntry::instant)
                            .reversed()
                            // On the same day, a signup is older than what followed it.
                            .thenComparing(entry -> entry.event().equals("signed_up"))
                            .thenComparing(TimelineEntry::kind)
                            .thenComparing(TimelineEntry::event)
                            .thenComparing(entry -> entry.title() == null ? "" : entry.title()))
                    .toList();
            return Optional.of(new CustomerProfile(
                    asOf, workspace.settings().reportingCurrency(), found.get(0), attributes, usage, shown));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Every customer's id, in order. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        try (Connection connection = workspace.connect()) {
            run(connection, "SELECT customer_id FROM customers ORDER BY customer_id", List.of(), r -> {
                ids.add(r.getString(1));
            });
        } catch (SQLException e) {
            throw failure(e);
        }
        return ids;
    }

    /** The plans of the customers (the plan column of customers.csv), for a filter to offer. */
    public List<String> plans() {
        List<String> plans = new ArrayList<>();
        try (Connection connection = workspace.connect()) {
            run(
                    connection,
                    "SELECT DISTINCT plan FROM customers WHERE plan IS NOT NULL ORDER BY plan",
                    List.of(),
                    r -> {
                        plans.add(r.getString(1));
                    });
        } catch (SQLException e) {
            throw failure(e);
        }
        return plans;
    }

    // ---- the list and the key figures ----

    /** A query's first steps, up to {@code listed} (the customers asked for, with their status), and its values. */
    private record Listing(String sql, List<Object> parameters, LocalDate asOf, boolean subscriptions) {}

    private Listing listing(
            Connection connection,
            LocalDate asOf,
            Optional<String> text,
            Map<String, String> where,
            Optional<String> id)
            throws SQLException {
        ActivityRule rule = new ActivityRule(connection, workspace.settings());
        String active = rule.basis() instanceof ActivityBasis.Unknown
                ? "(c.churned_at IS NULL OR c.churned_at > p.as_of)"
                : "coalesce(activity.active, false)";
        List<Object> parameters = new ArrayList<>();
        parameters.add(asOf.toString());
        parameters.add(startOf(asOf.plusDays(1)));
        parameters.add(text.map(t -> t.toLowerCase(Locale.ROOT)).orElse(null));
        StringBuilder joins = new StringBuilder();
        StringBuilder conditions = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, String> condition : where.entrySet()) {
            CustomerSegmentation attribute =
                    CustomerSegmentation.of(connection, condition.getKey(), "where_attribute_" + n++, "to filter by");
            joins.append(attribute.join()).append('\n');
            conditions.append(" AND ").append(attribute.expression()).append(" = ?");
            parameters.add(condition.getValue());
        }
        if (id.isPresent()) {
            conditions.append(" AND c.customer_id = ?");
            parameters.add(id.get());
        }
        StringBuilder search = new StringBuilder("contains(lower(c.customer_id), p.q)");
        search.append(" OR contains(lower(coalesce(c.name, '')), p.q)");
        for (String column : SEARCHED) {
            search.append(" OR contains(lower(coalesce(CAST(c.").append(column).append(" AS VARCHAR), '')), p.q)");
        }
        search.append(" OR EXISTS (SELECT 1 FROM customer_attributes a WHERE a.customer_id = c.customer_id")
                .append(" AND contains(lower(coalesce(a.value, '')), p.q))");
        String sql = "WITH params AS (\n"
                + "    SELECT CAST(? AS DATE) AS as_of, CAST(? AS TIMESTAMPTZ) AS until, CAST(? AS VARCHAR) AS q\n"
                + "),\nactivity AS (\n" + rule.activeOn(asOf) + "\n),\n"
                + "listed AS (\n"
                + "    SELECT c.customer_id, c.name, c.plan, c.signup_date,\n"
                + "           CASE WHEN c.churned_at <= p.as_of THEN c.churned_at END AS churned_at,\n"
                + "           CASE WHEN " + active + " THEN 'active' ELSE 'churned' END AS status\n"
                + "    FROM customers c\n"
                + "    CROSS JOIN params p\n"
                + "    LEFT JOIN activity ON activity.customer_id = c.customer_id\n"
                + joins
                + "    WHERE c.signup_date <= p.as_of AND (p.q IS NULL OR " + search + ")" + conditions + "\n"
                + ")\n";
        return new Listing(sql, parameters, asOf, rule.basis() instanceof ActivityBasis.Subscriptions);
    }

    /**
     * The key figures of the customers that {@code chosen} (a query over {@code listed}) selects, in its order.
     */
    private List<CustomerSummary> summaries(
            Connection connection, Listing listing, String chosen, List<Object> parameters) throws SQLException {
        List<Object> all = new ArrayList<>(parameters);
        all.add(startOf(listing.asOf().minusDays(29)));
        all.add(startOf(listing.asOf().minusDays(89)));
        String sql = listing.sql().replaceFirst("\\)\n$", ")")
                + ",\nchosen AS (" + chosen + "),\n"
                + "windows AS (SELECT CAST(? AS TIMESTAMPTZ) AS from_30, CAST(? AS TIMESTAMPTZ) AS from_90),\n"
                + "mrr AS (\n"
                + "    SELECT s.customer_id, round(sum(s.mrr), " + digits + ") AS mrr\n"
                + "    FROM subscriptions s CROSS JOIN params p\n"
                + "    WHERE s.customer_id IN (SELECT customer_id FROM chosen)\n"
                + "      AND s.start_date <= p.as_of AND (s.end_date IS NULL OR s.end_date > p.as_of)\n"
                + "    GROUP BY s.customer_id\n"
                + "),\nusage AS (\n"
                + "    SELECT e.customer_id, max(CAST(e.occurred_at AS DATE)) AS last_activity,\n"
                + "           count(*) FILTER (WHERE e.occurred_at >= w.from_30) AS events_30\n"
                + "    FROM events e CROSS JOIN params p CROSS JOIN windows w\n"
                + "    WHERE e.customer_id IN (SELECT customer_id FROM chosen) AND e.occurred_at < p.until\n"
                + "    GROUP BY e.customer_id\n"
                + "),\nnps AS (\n"
                + "    SELECT r.customer_id, arg_max(r.score, r.answered_at) AS score,\n"
                + "           CAST(max(r.answered_at) AS DATE) AS answered_on\n"
                + "    FROM survey_responses r JOIN surveys s ON s.survey_id = r.survey_id CROSS JOIN params p\n"
                + "    WHERE s.type = 'nps' AND r.customer_id IN (SELECT customer_id FROM chosen)\n"
                + "      AND r.answered_at < p.until\n"
                + "    GROUP BY r.customer_id\n"
                + "),\ntickets AS (\n"
                + "    SELECT t.customer_id,\n"
                + "           count(*) FILTER (WHERE t.resolved_at IS NULL OR t.resolved_at >= p.until) AS open,\n"
                + "           count(*) FILTER (WHERE t.opened_at >= w.from_90) AS recent\n"
                + "    FROM tickets t CROSS JOIN params p CROSS JOIN windows w\n"
                + "    WHERE t.customer_id IN (SELECT customer_id FROM chosen) AND t.opened_at < p.until\n"
                + "    GROUP BY t.customer_id\n"
                + "),\nonboarding AS (\n"
                + "    SELECT o.customer_id, count(*) AS required,\n"
                + "           count(*) FILTER (WHERE o.completed_at < p.until) AS done\n"
                + "    FROM onboarding o CROSS JOIN params p\n"
                + "    WHERE o.required AND o.customer_id IN (SELECT customer_id FROM chosen)\n"
                + "    GROUP BY o.customer_id\n"
                + ")\n"
                + "SELECT c.customer_id, c.name, c.plan,\n"
                + "       CASE WHEN c.churned_at IS NOT NULL THEN 0 ELSE coalesce(mrr.mrr, 0) END AS mrr,\n"
                + "       c.status, c.signup_date, c.churned_at, usage.last_activity, nps.score, nps.answered_on,\n"
                + "       coalesce(tickets.open, 0), coalesce(usage.events_30, 0), coalesce(tickets.recent, 0),\n"
                + "       coalesce(onboarding.done, 0), coalesce(onboarding.required, 0)\n"
                + "FROM chosen c\n"
                + "LEFT JOIN mrr ON mrr.customer_id = c.customer_id\n"
                + "LEFT JOIN usage ON usage.customer_id = c.customer_id\n"
                + "LEFT JOIN nps ON nps.customer_id = c.customer_id\n"
                + "LEFT JOIN tickets ON tickets.customer_id = c.customer_id\n"
                + "LEFT JOIN onboarding ON onboarding.customer_id = c.customer_id\n"
                + "ORDER BY c.customer_id";
        List<CustomerSummary> summaries = new ArrayList<>();
        run(
                connection,
                sql,
                all,
                r -> summaries.add(new CustomerSummary(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        listing.subscriptions() ? r.getBigDecimal(4).setScale(digits, RoundingMode.HALF_UP) : null,
                        CustomerStatus.parse(r.getString(5)),
                        day(r, 6),
                        day(r, 7),
                        day(r, 8),
                        number(r, 9),
                        day(r, 10),
                        r.getLong(11),
                        r.getLong(12),
                        r.getLong(13),
                        r.getLong(14),
                        r.getLong(15))));
        return summaries;
    }

    private void checkAttributes(Map<String, String> where) {
        if (where.isEmpty()) {
            return;
        }
        List<String> known;
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            known = inputs.customerAttributes();
        }
        for (String attribute : where.keySet()) {
            if (!known.contains(attribute)) {
                throw new IllegalArgumentException(
                        "unknown attribute \"" + attribute + "\" to filter by; known: " + String.join(", ", known));
            }
        }
    }

    // ---- the profile ----

    private Map<String, String> attributes(Connection connection, String id, List<TimelineEntry> timeline)
            throws SQLException {
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>(List.of("name", "signup_date", "churned_at"));
        columns.addAll(DataContract.CUSTOMER_ATTRIBUTES);
        columns.addAll(List.of("referred_by", "seats"));
        String sql = "SELECT "
                + String.join(
                        ", ",
                        columns.stream().map(c -> "CAST(" + c + " AS VARCHAR)").toList())
                + ", name, signup_date, churned_at FROM customers WHERE customer_id = ?";
        run(connection, sql, List.of(id), r -> {
            for (int i = 0; i < columns.size(); i++) {
                if (r.getString(i + 1) != null) {
                    attributes.put(columns.get(i), r.getString(i + 1));
                }
            }
            int after = columns.size();
            timeline.add(entry(day(r, after + 2), "customer", "signed_up", r.getString(after + 1), Map.of()));
            LocalDate churned = day(r, after + 3);
            if (churned != null) {
                timeline.add(entry(churned, "customer", "churned", r.getString(after + 1), Map.of()));
            }
        });
        run(
                connection,
                "SELECT attribute, value FROM customer_attributes WHERE customer_id = ? AND value IS NOT NULL"
                        + " ORDER BY attribute",
                List.of(id),
                r -> attributes.put(r.getString(1), r.getString(2)));
        return attributes;
    }

    /**
     * Subscription rows as starts, changes and ends: a row starting the day another of the customer's rows
     * ends is a change (a renewal when plan and MRR stay the same), and that end is no end of its own.
     */
    private void subscriptions(Connection connection, String id, List<TimelineEntry> timeline) throws SQLException {
        record Row(String id, String plan, LocalDate start, LocalDate end, BigDecimal mrr) {}
        List<Row> rows = new ArrayList<>();
        run(
                connection,
                "SELECT subscription_id, plan, start_date, end_date, mrr FROM subscriptions WHERE customer_id = ?"
                        + " ORDER BY start_date, subscription_id",
                List.of(id),
                r -> rows.add(new Row(r.getString(1), r.getString(2), day(r, 3), day(r, 4), number(r, 5))));
        for (Row row : rows) {
            Optional<Row> before = rows.stream()
                    .filter(other -> other != row && row.start().equals(other.end()))
                    .findFirst();
            if (before.isPresent()) {
                Row old = before.get();
                boolean same = java.util.Objects.equals(old.plan(), row.plan())
                        && old.mrr().compareTo(row.mrr()) == 0;
                timeline.add(entry(
                        row.start(),
                        "subscription",
                        same ? "subscription_renewed" : "subscription_changed",
                        row.plan(),
                        details(
                                "subscription_id", row.id(),
                                "from_plan", old.plan(),
                                "from_mrr", old.mrr(),
                                "mrr", row.mrr())));
            } else {
                timeline.add(entry(
                        row.start(),
                        "subscription",
                        "subscription_started",
                        row.plan(),
                        details("subscription_id", row.id(), "mrr", row.mrr())));
            }
            boolean continued = row.end() != null
                    && rows.stream().anyMatch(other -> other != row && row.end().equals(other.start()));
            if (row.end() != null && !continued) {
                timeline.add(entry(
                        row.end(),
                        "subscription",
                        "subscription_ended",
                        row.plan(),
                        details("subscription_id", row.id(), "mrr", row.mrr())));
            }
        }
    }

    private void orders(Connection connection, String id, List<TimelineEntry> timeline) throws SQLException {
        rows(
                connection,
                timeline,
                "order",
                "order",
                "SELECT ordered_at, kind, order_id, amount, amount_original, currency, recurring FROM orders"
                        + " WHERE customer_id = ?",
                id,
                r -> details(
                        "order_id", r.getString(3),
                        "amount", money(r, 4),
                        "amount_original", number(r, 5),
                        "currency", r.getString(6),
                        "recurring", bool(r, 7)));
    }

    private void surveys(Connection connection, String id, List<TimelineEntry> timeline) throws SQLException {
        rows(
                connection,
                timeline,
                "survey",
                "survey_answered",
                "SELECT r.answered_at, r.survey_id, s.type, r.score, s.scale_min, s.scale_max, s.touchpoint,"
                        + " r.user_id, r.comment, r.response_id"
                        + " FROM survey_responses r LEFT JOIN surveys s ON s.survey_id = r.survey_id"
                        + " WHERE r.customer_id = ?",
                id,
                r -> details(
                        "type", r.getString(3),
                        "score", number(r, 4),
                        "scale_min", number(r, 5),
                        "scale_max", number(r, 6),
                        "touchpoint", r.getString(7),
                        "user_id", r.getString(8),
                        "comment", r.getString(9),
                        "response_id", r.getString(10)));
    }

    private void tickets(Connection connection, String id, List<TimelineEntry> timeline) throws SQLException {
        String columns = "ticket_id, category, priority, channel, first_response_at, resolved_at, reopened,"
                + " resolution FROM tickets WHERE customer_id = ?";
        rows(
                connection,
                timeline,
                "ticket",
                "ticket_opened",
                "SELECT opened_at, " + columns,
                id,
                r -> details(
                        "ticket_id", r.getString(2),
                        "category", r.getString(3),
                        "priority", r.getString(4),
                        "channel", r.getString(5),
                        "first_response_at", instantText(r, 6)));
        rows(
                connection,
                timeline,
                "ticket",
                "ticket_resolved",
                "SELECT resolved_at, " + columns + " AND resolved_at IS NOT NULL",
                id,
                r -> details(
                        "ticket_id", r.getString(2),
                        "category", r.getString(3),
                        "reopened", bool(r, 8),
                        "resolution", r.getString(9)));
    }

    private void referrals(Connection connection, String id, List<TimelineEntry> timeline) throws SQLException {
        String columns = "referral_id, channel, prospect_id, converted_customer_id FROM referrals"
                + " WHERE referrer_customer_id = ?";
        rows(
                connection,
                timeline,
                "referral",
                "referral_made",
                "SELECT referred_at, " + columns,
                id,
                r -> details(
                        "referral_id", r.getString(2),
                        "channel", r.getString(3),
                        "prospect_id", r.getString(4),
                        "converted_customer_id", r.getString(5)));
        rows(
                connection,
                timeline,
                "referral",
                "referral_converted",
                "SELECT converted_at, " + columns + " AND converted_at IS NOT NULL",
                id,
                r -> details(
                        "referral_id", r.getString(2),
                        "channel", r.getString(3),
                        "converted_customer_id", r.getString(5)));
    }

    /**
     * The customer's events per ISO week, from its first week with an event (at most {@value #USAGE_WEEKS}
     * weeks before the day's week) to the day's week; empty when it has no event up to the day.
     */
    private List<UsageWeek> usage(Connection connection, String id, LocalDate asOf) throws SQLException {
        Map<LocalDate, UsageWeek> weeks = new LinkedHashMap<>();
        run(
                connection,
                "SELECT CAST(date_trunc('week', CAST(occurred_at AS DATE)) AS DATE), count(*), count(DISTINCT user_id)"
                        + " FROM events WHERE customer_id = ? AND occurred_at < CAST(? AS TIMESTAMPTZ)"
                        + " GROUP BY 1 ORDER BY 1",
                List.of(id, startOf(asOf.plusDays(1))),
                r -> weeks.put(day(r, 1), new UsageWeek(day(r, 1), r.getLong(2), r.getLong(3))));
        if (weeks.isEmpty()) {
            return List.of();
        }
        LocalDate last = asOf.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate first = weeks.keySet().iterator().next();
        LocalDate earliest = last.minusWeeks(USAGE_WEEKS - 1);
        if (first.isBefore(earliest)) {
            first = earliest;
        }
        List<UsageWeek> series = new ArrayList<>();
        for (LocalDate week = first; !week.isAfter(last); week = week.plus(1, ChronoUnit.WEEKS)) {
            series.add(weeks.getOrDefault(week, new UsageWeek(week, 0, 0)));
        }
        return series;
    }

    // ---- reading rows ----

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    private interface Details {
        Map<String, Object> of(ResultSet row) throws SQLException;
    }

    /** Rows whose first column is when (a timestamp) and second the title, each one entry of the timeline. */
    private void rows(
            Connection connection,
            List<TimelineEntry> timeline,
            String kind,
            String event,
            String sql,
            String id,
            Details details)
            throws SQLException {
        run(connection, sql, List.of(id), r -> {
            OffsetDateTime at = (OffsetDateTime) r.getObject(1);
            timeline.add(new TimelineEntry(
                    INSTANT.format(at.atZoneSameInstant(zone)),
                    kind,
                    event,
                    r.getString(2),
                    details.of(r),
                    at.toInstant()));
        });
    }

    private TimelineEntry entry(LocalDate day, String kind, String event, String title, Map<String, Object> details) {
        return new TimelineEntry(
                day.toString(),
                kind,
                event,
                title,
                details,
                day.atStartOfDay(zone).toInstant());
    }

    /** Name, value, name, value …: the non-null values in order. */
    private static Map<String, Object> details(Object... namesAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                details.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return java.util.Collections.unmodifiableMap(details);
    }

    private static void run(Connection connection, String sql, List<Object> parameters, RowReader reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        }
    }

    private String startOf(LocalDate day) {
        return TIMESTAMP.format(day.atStartOfDay(zone));
    }

    private static LocalDate day(ResultSet r, int column) throws SQLException {
        Date date = r.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** A decimal without trailing zeros (30000, not 30000.0000), or null. */
    private static BigDecimal number(ResultSet r, int column) throws SQLException {
        BigDecimal value = r.getBigDecimal(column);
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /** An amount in the reporting currency, to its minor unit. */
    private BigDecimal money(ResultSet r, int column) throws SQLException {
        BigDecimal value = r.getBigDecimal(column);
        return value == null ? null : value.setScale(digits, RoundingMode.HALF_UP);
    }

    private static Long count(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    private static Boolean bool(ResultSet r, int column) throws SQLException {
        boolean value = r.getBoolean(column);
        return r.wasNull() ? null : value;
    }

    private String instantText(ResultSet r, int column) throws SQLException {
        OffsetDateTime at = (OffsetDateTime) r.getObject(column);
        return at == null ? null : INSTANT.format(at.atZoneSameInstant(zone));
    }

    private static List<String> searched() {
        List<String> columns = new ArrayList<>(DataContract.CUSTOMER_ATTRIBUTES);
        columns.add("referred_by");
        return List.copyOf(columns);
    }

    private static WorkspaceException failure(SQLException e) {
        return new WorkspaceException(
                "reading the customers failed: " + WorkspaceException.databaseCause(e.getMessage()), e);
    }
}
