package org.kizuna.store.importing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kizuna.domain.contract.Column;
import org.kizuna.domain.contract.ColumnType;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;
import org.kizuna.store.Reason;

/**
 * Checks staged tables against the data contract before anything is written: types, required values,
 * closed value sets, the rules between columns and tables (a response within its survey's scale and after
 * its invitation, a ticket answered after it was opened, references to existing rows), duplicate ids, and
 * exchange rates for foreign money. Each table is read once for its row rules.
 */
final class Validator {

    private final Connection connection;
    private final String reportingCurrency;
    private final int limit;
    private final List<Problem> problems = new ArrayList<>();
    private long total;

    Validator(Connection connection, String reportingCurrency, int limit) {
        this.connection = connection;
        this.reportingCurrency = reportingCurrency;
        this.limit = limit;
    }

    List<Problem> problems() {
        return problems;
    }

    long total() {
        return total;
    }

    /** The problems the checks find over a FROM clause. A rule that folds to null counts none. */
    private static long count(Statement statement, List<Check> checks, String from) throws SQLException {
        if (checks.isEmpty()) {
            return 0;
        }
        StringBuilder sum = new StringBuilder("SELECT 0");
        for (Check check : checks) {
            sum.append(" + coalesce(count_if(").append(check.violated()).append("), 0)");
        }
        try (ResultSet r = statement.executeQuery(sum + from)) {
            r.next();
            return r.getLong(1);
        }
    }

    void validate(List<StagedTable> staged) throws SQLException, IOException {
        Map<String, StagedTable> byName = new LinkedHashMap<>();
        staged.forEach(t -> byName.put(t.source().table().name(), t));
        try (Statement statement = connection.createStatement()) {
            prepareLookups(statement, byName);
        }
        for (StagedTable table : staged) {
            int room = limit - problems.size();
            List<Found> found = new ArrayList<>(checkRows(table, room));
            found.addAll(duplicateIds(table, room));
            found.sort(Comparator.comparingLong(Found::rowId).thenComparingInt(f -> position(table, f.column())));
            report(table, found.subList(0, Math.min(found.size(), Math.max(room, 0))));
        }
    }

    /** Key and lookup tables over what is stored and what is being imported, for the rules between tables. */
    private void prepareLookups(Statement statement, Map<String, StagedTable> byName) throws SQLException {
        Set<String> referenced = new HashSet<>();
        for (StagedTable staged : byName.values()) {
            staged.columns()
                    .forEach(c -> staged.source()
                            .table()
                            .column(c)
                            .flatMap(Column::references)
                            .ifPresent(referenced::add));
        }
        for (Table table : DataContract.TABLES) {
            if (!table.keyedById() || !referenced.contains(table.name())) {
                continue;
            }
            String id = table.key().get(0);
            StringBuilder sql = new StringBuilder("CREATE OR REPLACE TEMP TABLE keys_" + table.name() + " AS SELECT "
                    + id + " AS k FROM main." + table.name());
            StagedTable staged = byName.get(table.name());
            if (staged != null) {
                sql.append(" UNION SELECT ")
                        .append(staged.value(id))
                        .append(" FROM ")
                        .append(staged.name())
                        .append(" r");
            }
            statement.execute(sql.toString());
        }
        StagedTable surveys = byName.get("surveys");
        statement.execute("CREATE OR REPLACE TEMP TABLE lookup_survey_scales AS SELECT survey_id, scale_min, scale_max"
                + " FROM main.surveys"
                + (surveys == null
                        ? ""
                        : " WHERE survey_id NOT IN (SELECT " + surveys.value("survey_id") + " FROM " + surveys.name()
                                + " r) UNION ALL SELECT " + surveys.value("survey_id") + ", "
                                + surveys.typed("scale_min")
                                + ", " + surveys.typed("scale_max") + " FROM " + surveys.name() + " r"));
        StagedTable invitations = byName.get("survey_invitations");
        statement.execute("CREATE OR REPLACE TEMP TABLE lookup_invitations AS SELECT invitation_id, sent_at"
                + " FROM main.survey_invitations"
                + (invitations == null
                        ? ""
                        : " WHERE invitation_id NOT IN (SELECT " + invitations.value("invitation_id") + " FROM "
                                + invitations.name() + " r) UNION ALL SELECT " + invitations.value("invitation_id")
                                + ", " + invitations.typed("sent_at") + " FROM " + invitations.name() + " r"));
        StagedTable fx = byName.get("fx_rates");
        statement.execute("CREATE OR REPLACE TEMP TABLE lookup_fx AS SELECT currency, date, rate FROM main.fx_rates"
                + (fx == null
                        ? ""
                        : " WHERE (currency, date) NOT IN (SELECT (upper(" + fx.value("currency") + "), "
                                + fx.typed("date") + ") FROM " + fx.name() + " r) UNION ALL SELECT upper("
                                + fx.value("currency") + "), " + fx.typed("date") + ", " + fx.typed("rate") + " FROM "
                                + fx.name() + " r"));
    }

    /** One problem of one staged row, before it is located in its file. */
    private record Found(long rowId, String column, Reason reason) {}

    private static int position(StagedTable table, String column) {
        int position = table.columns().indexOf(column);
        return position < 0 ? Integer.MAX_VALUE : position;
    }

    /** Finds up to {@code room} rows breaking a rule of their table and adds every problem to the total. */
    private List<Found> checkRows(StagedTable table, int room) throws SQLException {
        List<Check> checks = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        for (String column : table.columns()) {
            columnChecks(table, table.source().table().column(column).orElseThrow(), checks);
        }
        RowRules.add(table, checks, joins);
        List<Found> found = new ArrayList<>(check(
                new CheckGroup(" FROM " + table.name() + " r " + String.join(" ", joins), "r.rowid", checks), room));
        Optional<CheckGroup> money = RowRules.foreignMoney(table, reportingCurrency);
        if (money.isPresent()) {
            found.addAll(check(money.get(), room));
        }
        return found;
    }

    private List<Found> check(CheckGroup group, int room) throws SQLException {
        List<Check> checks = group.checks();
        List<Found> found = new ArrayList<>();
        if (checks.isEmpty()) {
            return found;
        }
        String any = checks.stream().map(c -> "(" + c.violated() + ")").collect(Collectors.joining(" OR "));
        StringBuilder reasons = new StringBuilder("[");
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            reasons.append(i == 0 ? "" : ", ")
                    .append("CASE WHEN ")
                    .append(check.violated())
                    .append(" THEN ")
                    .append(Sql.literal(check.column() + Check.SEPARATOR))
                    .append(" || ")
                    .append(check.reason())
                    .append(" END");
        }
        reasons.append("]");
        int rows = 0;
        try (Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT " + group.rowId() + ", list_filter(" + reasons
                        + ", x -> x IS NOT NULL)" + group.from() + " WHERE " + any + " ORDER BY " + group.rowId()
                        + " LIMIT " + (Math.max(room, 0) + 1))) {
            while (r.next()) {
                rows++;
                for (Object item : (Object[]) r.getArray(2).getArray()) {
                    String[] problem = item.toString().split(Check.SEPARATOR, 2);
                    found.add(new Found(r.getLong(1), problem[0], Check.parse(problem[1])));
                }
            }
        }
        if (rows <= room) {
            total += found.size();
            return found;
        }
        // More rows than can be listed: count every problem. A rule on a column the file lacks folds to a
        // constant null, for which count_if gives null, not 0.
        try (Statement statement = connection.createStatement()) {
            total += count(statement, checks, group.from());
        }
        return found;
    }

    private void report(StagedTable table, List<Found> found) throws SQLException, IOException {
        Set<Long> rowIds = new HashSet<>();
        found.forEach(f -> rowIds.add(f.rowId()));
        Map<Long, String> rows = table.locator().rows(connection, rowIds);
        Map<Long, Long> positions = table.locator().positions(connection, rowIds);
        for (Found problem : found) {
            String where =
                    rows.getOrDefault(problem.rowId(), table.source().displayName() + ":row " + (problem.rowId() + 1));
            Long position = positions.get(problem.rowId());
            String reason = problem.reason().english();
            problems.add(new Problem(
                    where + table.locator().column(problem.column()),
                    "column " + problem.column() + ": " + reason,
                    Optional.ofNullable(position)
                            .map(p -> new Problem.Field(table.source().table().name(), p, problem.column(), reason)),
                    problem.reason()));
        }
    }

    /** Type, required, closed-set and reference rules of one column. */
    private void columnChecks(StagedTable table, Column column, List<Check> checks) {
        if (!table.has(column.name())) {
            return;
        }
        String value = table.raw(column.name());
        String present = table.present(column.name());
        String shown = "left(" + value + ", 80)";
        String notType = "not_" + column.type().name().toLowerCase(Locale.ROOT);
        if (column.required()) {
            checks.add(new Check(column.name(), "NOT " + present, Check.reason("required")));
        }
        if (column.type() == ColumnType.MONEY || column.type() == ColumnType.NUMBER) {
            // The store's decimals are fast to check but bounded: say "too large" when it is a number at all.
            checks.add(new Check(
                    column.name(),
                    present + " AND " + table.typed(column) + " IS NULL",
                    "CASE WHEN TRY_CAST(" + value + " AS DOUBLE) IS NULL THEN " + Check.reason(notType, shown)
                            + " ELSE " + Check.reason("too_large", shown) + " END"));
        } else if (column.type() == ColumnType.INTEGER) {
            // A cast to an integer would round 3.5 and accept 1e3; a whole number is written as one.
            checks.add(new Check(
                    column.name(),
                    present + " AND NOT regexp_full_match(" + value + ", '\\s*[+-]?\\d{1,18}\\s*')",
                    Check.reason(notType, shown)));
        } else if (column.type() != ColumnType.ID && column.type() != ColumnType.TEXT) {
            checks.add(new Check(
                    column.name(), present + " AND " + table.typed(column) + " IS NULL", Check.reason(notType, shown)));
        }
        if (!column.allowed().isEmpty()) {
            String set = column.allowed().stream().map(Sql::literal).collect(Collectors.joining(", "));
            checks.add(new Check(
                    column.name(),
                    present + " AND lower(" + value + ") NOT IN (" + set + ")",
                    Check.reason("not_allowed", shown, Sql.literal(String.join(", ", column.allowed())))));
        }
        if (column.name().equals("currency")) {
            checks.add(new Check(
                    column.name(),
                    present + " AND NOT regexp_full_match(upper(" + value + "), '[A-Z]{3}')",
                    Check.reason("not_currency", shown)));
        }
        column.references().ifPresent(referenced -> {
            Table target = DataContract.table(referenced).orElseThrow();
            String id = target.key().get(0);
            checks.add(new Check(
                    column.name(),
                    present + " AND " + value + " NOT IN (SELECT k FROM keys_" + referenced + " WHERE k IS NOT NULL)",
                    Check.reason("unknown_reference", shown, Sql.literal(id), Sql.literal(referenced))));
        });
    }

    /** Finds up to {@code room} repeated ids of the table and adds them all to the total. */
    private List<Found> duplicateIds(StagedTable table, int room) throws SQLException, IOException {
        Table contract = table.source().table();
        List<Found> found = new ArrayList<>();
        if (!contract.keyedById() || !table.has(contract.key().get(0))) {
            return found;
        }
        String id = contract.key().get(0);
        String value = table.value(id);
        long duplicates;
        try (Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM "
                        + table.name() + " r WHERE " + value + " IS NOT NULL GROUP BY " + value + ")")) {
            r.next();
            duplicates = r.getLong(1);
        }
        total += duplicates;
        if (duplicates == 0 || room <= 0) {
            return found;
        }
        String sql = "SELECT row_id, k, first_row FROM (SELECT r.rowid AS row_id, " + value + " AS k, min(r.rowid) OVER"
                + " (PARTITION BY " + value + ") AS first_row FROM " + table.name() + " r WHERE " + value
                + " IS NOT NULL QUALIFY count(*) OVER (PARTITION BY " + value + ") > 1) WHERE row_id <> first_row"
                + " ORDER BY row_id LIMIT " + room;
        Map<Long, String> ids = new LinkedHashMap<>();
        Map<Long, Long> firstRows = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery(sql)) {
            while (r.next()) {
                ids.put(r.getLong(1), r.getString(2));
                firstRows.put(r.getLong(1), r.getLong(3));
            }
        }
        Map<Long, String> firstPlaces = table.locator().rows(connection, new HashSet<>(firstRows.values()));
        for (Map.Entry<Long, String> duplicate : ids.entrySet()) {
            found.add(new Found(
                    duplicate.getKey(),
                    id,
                    Reason.of(
                            "duplicate_id", duplicate.getValue(), firstPlaces.get(firstRows.get(duplicate.getKey())))));
        }
        return found;
    }
}
