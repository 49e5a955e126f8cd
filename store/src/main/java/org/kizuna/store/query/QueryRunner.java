package org.kizuna.store.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.kizuna.domain.Period;
import org.kizuna.metrics.ActivityBasis;
import org.kizuna.metrics.Segmentation;
import org.kizuna.store.WorkspaceException;

/**
 * Runs the store's aggregate queries for one workspace connection: fills a query's segment and filter
 * placeholders, reads its rows and reports a failure in the user's words. Shared by every family of inputs.
 */
final class QueryRunner {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    private static final SqlTemplate ACTIVE_DURING_SUBSCRIPTIONS = SqlTemplate.load("active_during_subscriptions.sql");
    private static final SqlTemplate ACTIVE_DURING_PURCHASES = SqlTemplate.load("active_during_purchases.sql");
    private static final SqlTemplate ACTIVE_AT_ENDS_SUBSCRIPTIONS =
            SqlTemplate.load("active_at_ends_subscriptions.sql");
    private static final SqlTemplate ACTIVE_AT_ENDS_PURCHASES = SqlTemplate.load("active_at_ends_purchases.sql");

    /** Reads one result row. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** A query as it was run: its template and every value filled in. */
    private record Ran(SqlTemplate template, Map<String, String> values) {}

    private final Connection connection;
    private final List<Ran> ran = new ArrayList<>();
    private final Map<String, QueryTiming> timings = new LinkedHashMap<>();
    private final Map<String, String> where;
    private final ZoneId zone;
    private final int currencyDigits;
    private final ActivityBasis basis;
    private final KeptTallies kept;
    private int keptRuns;
    private List<Period> together = List.of();

    QueryRunner(
            Connection connection, Map<String, String> where, ZoneId zone, int currencyDigits, ActivityBasis basis) {
        this(connection, where, zone, currencyDigits, basis, null);
    }

    /** @param kept where the queries' rows are kept between runs; null to run every query */
    QueryRunner(
            Connection connection,
            Map<String, String> where,
            ZoneId zone,
            int currencyDigits,
            ActivityBasis basis,
            KeptTallies kept) {
        this.kept = kept;
        this.connection = connection;
        this.where = Map.copyOf(where);
        this.zone = zone;
        this.currencyDigits = currencyDigits;
        this.basis = basis;
    }

    ActivityBasis basis() {
        return basis;
    }

    /** Digits of the reporting currency's minor unit (0 for JPY). */
    int currencyDigits() {
        return currencyDigits;
    }

    /** The instant a day starts in the workspace time zone, as a timestamp literal's text. */
    String startOf(LocalDate day) {
        return TIMESTAMP.format(day.atStartOfDay(zone));
    }

    /**
     * SQL for the calendar day, in the workspace time zone, of an instant column whose values lie between the
     * starts of the days {@code first} and {@code until}: the instant's epoch shifted by the zone's offset and
     * divided into days, with each change of offset inside that range spelled out. Integer arithmetic, several
     * times faster than DuckDB's time-zone cast of every row, and the same day.
     */
    String localDay(String column, LocalDate first, LocalDate until) {
        ZoneRules rules = zone.getRules();
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant end = until.atStartOfDay(zone).toInstant();
        StringBuilder offset = new StringBuilder();
        int changes = 0;
        Instant at = from;
        for (ZoneOffsetTransition change = rules.nextTransition(at.minusNanos(1));
                change != null && change.getInstant().isBefore(end);
                change = rules.nextTransition(change.getInstant())) {
            offset.append(changes++ == 0 ? "CASE" : "")
                    .append(" WHEN ")
                    .append(column)
                    .append(" < TIMESTAMPTZ '")
                    .append(TIMESTAMP.format(change.getInstant().atZone(zone)))
                    .append("' THEN ")
                    .append(micros(change.getOffsetBefore()));
            at = change.getInstant();
        }
        String last = micros(rules.getOffset(at));
        String shift = changes == 0 ? last : offset + " ELSE " + last + " END";
        // Integer division truncates toward zero: counting from a million days before 1970 keeps every day's
        // number positive, so that it floors (instants before 1970 included).
        return "(DATE '1970-01-01' + CAST((epoch_us(" + column + ") + " + shift
                + " + 86400000000000000) // 86400000000 - 1000000 AS INTEGER))";
    }

    private static String micros(ZoneOffset offset) {
        return Long.toString(offset.getTotalSeconds() * 1_000_000L);
    }

    /**
     * The values every event query of a period needs: {@code from} and {@code until}, the instants the period
     * starts and ends (exclusive) in the workspace time zone, and its {@code first} and {@code last} days.
     */
    Map<String, String> periodValues(Period period) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", startOf(period.first()));
        values.put("until", startOf(period.last().plusDays(1)));
        values.put("first", period.first().toString());
        values.put("last", period.last().toString());
        return values;
    }

    /**
     * The values of a query counted per span ({@code engagement_sessions.sql} and the like) over periods one
     * after another: {@link #periodValues} of all of them together, and for each placeholder of {@code
     * spanColumns} the SQL giving the span of a row by its instant column, {@code 0} for the first period, 1
     * for the next and so on; just {@code 0} for one period.
     *
     * @throws IllegalArgumentException when a period does not start the day after the one before it ends
     */
    Map<String, String> spanValues(List<Period> spans, Map<String, String> spanColumns) {
        return spanValues(spans, spanColumns, Map.of());
    }

    /**
     * {@link #spanValues(List, Map)} with placeholders for date columns too, a row's span given by its day.
     */
    Map<String, String> spanValues(
            List<Period> spans, Map<String, String> spanColumns, Map<String, String> dayColumns) {
        for (int i = 1; i < spans.size(); i++) {
            if (!spans.get(i - 1).isFollowedBy(spans.get(i))) {
                throw new IllegalArgumentException("spans must follow one another: " + spans);
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", startOf(spans.get(0).first()));
        values.put("until", startOf(spans.get(spans.size() - 1).last().plusDays(1)));
        values.put("first", spans.get(0).first().toString());
        values.put("last", spans.get(spans.size() - 1).last().toString());
        for (Map.Entry<String, String> column : new TreeMap<>(spanColumns).entrySet()) {
            values.put(
                    column.getKey(),
                    spanOf(
                            spans,
                            i -> column.getValue() + " < TIMESTAMPTZ '"
                                    + startOf(spans.get(i).last().plusDays(1)) + "'"));
        }
        for (Map.Entry<String, String> column : new TreeMap<>(dayColumns).entrySet()) {
            values.put(
                    column.getKey(),
                    spanOf(
                            spans,
                            i -> column.getValue() + " <= DATE '" + spans.get(i).last() + "'"));
        }
        return values;
    }

    // Within the spans' whole range, a row's span is the first whose end it is before.
    private static String spanOf(List<Period> spans, IntFunction<String> beforeEnd) {
        if (spans.size() == 1) {
            return "0";
        }
        StringBuilder expression = new StringBuilder("CASE");
        for (int i = 0; i < spans.size(); i++) {
            expression
                    .append(" WHEN ")
                    .append(beforeEnd.apply(i))
                    .append(" THEN ")
                    .append(i);
        }
        return expression.append(" END").toString();
    }

    /**
     * The query of the customers active during the period (one {@code customer_id} column), judged as the
     * workspace judges activity: by subscription, or by a purchase in the inactivity window; with neither,
     * nobody. Queries that count "per active customer" join it, so the rule has one definition.
     */
    String activeDuring(Period period) {
        return byBasis(ACTIVE_DURING_SUBSCRIPTIONS, ACTIVE_DURING_PURCHASES, period);
    }

    /**
     * The query of the customers active during each of the spans, numbered 0, 1, … as they are: {@code span}
     * and {@code customer_id} columns, as {@link #activeDuring} judges each span.
     */
    String activeDuringSpans(List<Period> spans) {
        return numbered(spans, this::activeDuring);
    }

    // One period's query for each span, its rows numbered by a span column before their own.
    private static String numbered(List<Period> spans, Function<Period, String> query) {
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            union.append(i == 0 ? "" : "\nUNION ALL\n")
                    .append("SELECT ")
                    .append(i)
                    .append(" AS span, * FROM (\n")
                    .append(query.apply(spans.get(i)))
                    .append("\n)");
        }
        return union.toString();
    }

    /**
     * The values of a query that counts every customer once in each span: {@code spans}, the spans' rows ({@link
     * #spanRows}), and {@code active}, each span's active customers ({@link #activeDuringSpans}).
     */
    Map<String, String> everyCustomerValues(List<Period> spans) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("active", activeDuringSpans(spans));
        values.put("spans", spanRows(spans));
        return values;
    }

    /**
     * The query of the spans, one row each: its number ({@code span}: 0, 1, …), its {@code first} and its
     * {@code last} day.
     */
    private static String spanRows(List<Period> spans) {
        StringBuilder rows = new StringBuilder("SELECT * FROM (VALUES ");
        for (int i = 0; i < spans.size(); i++) {
            rows.append(i == 0 ? "" : ", ")
                    .append('(')
                    .append(i)
                    .append(", DATE '")
                    .append(spans.get(i).first())
                    .append("', DATE '")
                    .append(spans.get(i).last())
                    .append("')");
        }
        return rows.append(") AS spans(span, first, last)").toString();
    }

    /**
     * The query of each customer's activity on the day before the period's first day ({@code active_at_start})
     * and on its last day ({@code active_at_end}), judged as {@link #activeDuring} judges; customers active on
     * neither day may be left out.
     */
    String activeAtEnds(Period period) {
        return byBasis(ACTIVE_AT_ENDS_SUBSCRIPTIONS, ACTIVE_AT_ENDS_PURCHASES, period);
    }

    /**
     * {@link #activeAtEnds} of each of the spans, numbered 0, 1, … as they are, in a {@code span} column before
     * the others.
     */
    String activeAtEndsSpans(List<Period> spans) {
        return numbered(spans, this::activeAtEnds);
    }

    // With neither subscriptions nor orders, the purchase query over no purchases finds nobody active.
    private String byBasis(SqlTemplate subscriptions, SqlTemplate purchases, Period period) {
        Map<String, String> values = periodValues(period);
        values.put("start", period.first().minusDays(1).toString());
        if (basis instanceof ActivityBasis.Subscriptions) {
            return subscriptions.fill(values);
        }
        values.put("window", Integer.toString(basis instanceof ActivityBasis.Purchases p ? p.windowDays() : 1));
        return purchases.fill(values);
    }

    /**
     * Runs a query broken down by a customer attribute over the customer alias {@code c}.
     *
     * @throws WorkspaceException when the attribute is unknown or the query fails
     */
    void query(SqlTemplate template, Map<String, String> values, Optional<String> by, RowReader reader) {
        query(template, values, by, Map.of(), reader);
    }

    /**
     * Runs a query that can also be broken down by attributes of its own rows ({@link
     * Segmentation#ROW_ATTRIBUTES}), each given as the SQL expression of its column, e.g. {@code channel} as
     * {@code t.channel}.
     */
    void query(
            SqlTemplate template,
            Map<String, String> values,
            Optional<String> by,
            Map<String, String> rowColumns,
            RowReader reader) {
        try {
            Map<String, String> all = filled(values, by, rowColumns);
            ran.add(new Ran(template, Map.copyOf(all)));
            long started = System.nanoTime();
            String sql = template.fill(all);
            if (kept == null) {
                try (Statement statement = connection.createStatement();
                        ResultSet r = statement.executeQuery(sql)) {
                    while (r.next()) {
                        reader.read(r);
                    }
                }
            } else if (kept.run(connection, sql, reader)) {
                keptRuns++;
            }
            time(template, started);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * From now on, a query counted per span ({@link #spanValues}) asked for one of these periods counts all of
     * them in one pass over its tables, keeps each period's rows ({@link #keepSpans}) and answers from its own:
     * so that computing the other periods afterwards, with any runner over the same workspace and filter, reads
     * them instead of passing over the same tables once for each. Rows not kept, the periods count one by one.
     *
     * @param periods periods each starting the day after the one before it ends
     * @throws IllegalArgumentException when they do not
     */
    void countTogether(List<Period> periods) {
        spanValues(periods, Map.of());
        together = List.copyOf(periods);
    }

    /**
     * Runs a query counted per span ({@link #spanValues}) for one period; with that period among those to count
     * together ({@link #countTogether}), for all of them.
     *
     * @param values the query's values for periods one after another
     */
    void query(
            SqlTemplate template,
            Function<List<Period>, Map<String, String>> values,
            Period period,
            Optional<String> by,
            Map<String, String> rowColumns,
            RowReader reader) {
        Map<String, String> alone = values.apply(List.of(period));
        if (kept != null && together.size() > 1 && covers(together, period)) {
            keepSpans(template, together, values, by, rowColumns);
            if (readKept(template, alone, by, rowColumns, reader, false)) {
                return;
            }
        }
        query(template, alone, by, rowColumns, reader);
    }

    // Whether one of the periods has the period's days, whatever its kind (a month, or the same days as a range).
    private static boolean covers(List<Period> periods, Period period) {
        return periods.stream()
                .anyMatch(
                        one -> one.first().equals(period.first()) && one.last().equals(period.last()));
    }

    /**
     * Reads a query's kept rows when they still hold, as {@link #query} would, and runs nothing when they do not.
     *
     * @return whether the kept rows were read
     */
    boolean readKept(
            SqlTemplate template,
            Map<String, String> values,
            Optional<String> by,
            Map<String, String> rowColumns,
            RowReader reader) {
        return readKept(template, values, by, rowColumns, reader, true);
    }

    // Counted as kept when the rows were kept by an earlier computation, not by this one's own pass.
    private boolean readKept(
            SqlTemplate template,
            Map<String, String> values,
            Optional<String> by,
            Map<String, String> rowColumns,
            RowReader reader,
            boolean earlier) {
        if (kept == null) {
            return false;
        }
        try {
            Map<String, String> all = filled(values, by, rowColumns);
            long started = System.nanoTime();
            if (!kept.readKept(connection, template.fill(all), reader)) {
                return false;
            }
            ran.add(new Ran(template, Map.copyOf(all)));
            if (earlier) {
                keptRuns++;
            }
            time(template, started);
            return true;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Computes a query counted per span ({@link #spanValues}) for several periods one after another in one
     * run, and keeps each period's rows as the rows of the same query for that period alone, as {@link #query}
     * would run it: so that computing the periods afterwards, one by one, reads them instead of passing over
     * the same tables once for each. Rows are split by the query's column {@code span}, which a query for one
     * period gives as 0. Counts only the periods from the first whose kept rows do not hold to the last; does
     * nothing when rows are not kept, or every period's still hold.
     *
     * @param values the query's values for any run of the periods, one period included
     */
    private void keepSpans(
            SqlTemplate template,
            List<Period> periods,
            Function<List<Period>, Map<String, String>> values,
            Optional<String> by,
            Map<String, String> rowColumns) {
        if (kept == null || periods.size() < 2) {
            return;
        }
        try {
            Map<String, String> segmentAndFilter = segmentAndFilter(by, rowColumns);
            Function<List<Period>, String> sql = spans -> {
                Map<String, String> all = new LinkedHashMap<>(values.apply(spans));
                all.putAll(segmentAndFilter);
                return template.fill(all);
            };
            // Only the periods from the first whose rows do not hold to the last: those kept by an earlier pass
            // over fewer periods (the server's twelve months, before a report adds the year before) stay as
            // they are.
            List<KeptTallies.Slot> slots = new ArrayList<>();
            int first = -1;
            int last = -1;
            for (int i = 0; i < periods.size(); i++) {
                KeptTallies.Slot slot = kept.slot(connection, sql.apply(List.of(periods.get(i))));
                slots.add(slot);
                if (!kept.holds(slot)) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                return;
            }
            List<Period> counted = periods.subList(first, last + 1);
            long started = System.nanoTime();
            Optional<KeptRows> rows;
            try (Statement statement = connection.createStatement();
                    ResultSet r = statement.executeQuery(sql.apply(counted))) {
                rows = KeptRows.read(r);
            }
            time(template, started);
            if (rows.isEmpty()) {
                return;
            }
            List<String> columns = rows.get().columns();
            int span = columns.indexOf("span");
            if (span < 0) {
                throw new IllegalStateException(template.name() + " gives no span");
            }
            List<List<Object[]>> bySpan = new ArrayList<>();
            counted.forEach(period -> bySpan.add(new ArrayList<>()));
            for (Object[] row : rows.get().rows()) {
                Object[] alone = row.clone();
                alone[span] = 0;
                bySpan.get(((Number) row[span]).intValue()).add(alone);
            }
            for (int i = 0; i < counted.size(); i++) {
                kept.keep(slots.get(first + i), new KeptRows(columns, bySpan.get(i)));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void time(SqlTemplate template, long started) {
        timings.merge(
                template.name(), new QueryTiming(template.name(), 1, System.nanoTime() - started), QueryTiming::plus);
    }

    // The values with the segment and filter of the breakdown and of the runner's conditions filled in.
    private Map<String, String> filled(Map<String, String> values, Optional<String> by, Map<String, String> rowColumns)
            throws SQLException {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.putAll(segmentAndFilter(by, rowColumns));
        return all;
    }

    // The segment and filter values of a query, the same for every period (looking up custom attributes).
    private Map<String, String> segmentAndFilter(Optional<String> by, Map<String, String> rowColumns)
            throws SQLException {
        CustomerSegmentation segment = segmentation(by, rowColumns);
        Map<String, String> all = new LinkedHashMap<>();
        all.put("segment", segment.expression());
        all.put("segment_join", segment.join());
        StringBuilder filter = new StringBuilder("true");
        StringBuilder filterJoins = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, String> condition : new TreeMap<>(where).entrySet()) {
            CustomerSegmentation attribute =
                    CustomerSegmentation.of(connection, condition.getKey(), "where_attribute_" + n++, "to filter by");
            filter.append(" AND ")
                    .append(attribute.expression())
                    .append(" = ")
                    .append(SqlTemplate.literal(condition.getValue()));
            filterJoins.append(attribute.join()).append('\n');
        }
        all.put("filter", filter.toString());
        all.put("filter_join", filterJoins.toString());
        return all;
    }

    /** How many of the queries run so far were answered by rows kept from an earlier run. */
    int keptRuns() {
        return keptRuns;
    }

    /** Every query run so far, by query file: how often it ran and for how long in all, in first-run order. */
    List<QueryTiming> timings() {
        return List.copyOf(timings.values());
    }

    /**
     * The rows behind every tally run so far that keeps them, in the order the tallies were run, at most
     * {@code limit} rows each.
     */
    List<EvidenceTable> evidence(int limit) {
        List<EvidenceTable> tables = new ArrayList<>();
        for (Ran query : ran) {
            if (query.template().hasDetail()) {
                tables.add(evidence(query, limit));
            }
        }
        return tables;
    }

    /** The names of the queries run so far, in the order they were run, e.g. {@code survey_scores}. */
    List<String> queriesRun() {
        return ran.stream().map(query -> name(query.template())).toList();
    }

    private static String name(SqlTemplate template) {
        return template.name().replaceFirst("\\.sql$", "");
    }

    private EvidenceTable evidence(Ran query, int limit) {
        SqlTemplate template = query.template();
        try (Statement statement = connection.createStatement()) {
            long total;
            try (ResultSet r = statement.executeQuery(template.detailCount(query.values()))) {
                r.next();
                total = r.getLong(1);
            }
            List<String> columns = new ArrayList<>();
            List<Integer> shown = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet r = statement.executeQuery(template.detailRows(query.values(), limit))) {
                ResultSetMetaData meta = r.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    // The segment value is the same on every row: explain computes one segment at a time; so is
                    // the span, explain computing one period.
                    if (!meta.getColumnLabel(i).equals("segment_value")
                            && !meta.getColumnLabel(i).equals("span")) {
                        columns.add(meta.getColumnLabel(i));
                        shown.add(i);
                    }
                }
                while (r.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i : shown) {
                        row.add(plain(r.getObject(i)));
                    }
                    rows.add(row);
                }
            }
            return new EvidenceTable(name(template), template.description(query.values()), columns, rows, total);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    // Numbers without trailing zeros, booleans as they are, instants in the workspace time zone, the rest as text.
    private Object plain(Object value) {
        if (value == null || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Long || value instanceof Integer) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        if (value instanceof OffsetDateTime instant) {
            return instant.atZoneSameInstant(zone).toOffsetDateTime().toString();
        }
        return value.toString();
    }

    /** Whether a table has any row. */
    boolean exists(String table) {
        try (Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
            r.next();
            return r.getBoolean(1);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private CustomerSegmentation segmentation(Optional<String> by, Map<String, String> rowColumns) throws SQLException {
        if (by.isPresent() && Segmentation.ROW_ATTRIBUTES.contains(by.get())) {
            String column = rowColumns.get(by.get());
            if (column == null) {
                throw new IllegalArgumentException("this input cannot be broken down by " + by.get());
            }
            return new CustomerSegmentation(column, "");
        }
        return CustomerSegmentation.of(connection, by);
    }

    static WorkspaceException failure(SQLException e) {
        return new WorkspaceException(
                "a query of the workspace failed: " + WorkspaceException.databaseCause(e.getMessage()), e);
    }
}
