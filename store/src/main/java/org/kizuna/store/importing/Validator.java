package org.kizuna.store.importing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kizuna.domain.contract.Column;
import org.kizuna.domain.contract.ColumnType;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;

/**
 * Checks staged tables against the data contract before anything is written: types, required values,
 * closed value sets, the rules between columns and tables (a response within its survey's scale and after
 * its invitation, a ticket answered after it was opened, references to existing rows), duplicate ids, and
 * exchange rates for foreign money. Each table is read once for its row rules.
 */
final class Validator {

    private static final String SEPARATOR = "\u001f";

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

    void validate(List<StagedTable> staged) throws SQLException, IOException {
        Map<String, StagedTable> byName = new LinkedHashMap<>();
        staged.forEach(t -> byName.put(t.source().table().name(), t));
        try (Statement statement = connection.createStatement()) {
            prepareLookups(statement, byName);
        }
        for (StagedTable table : staged) {
            checkRows(table, byName);
            checkDuplicateIds(table);
        }
    }

    /** Key and lookup tables over what is stored and what is being imported, for the rules between tables. */
    private void prepareLookups(Statement statement, Map<String, StagedTable> byName) throws SQLException {
        for (Table table : DataContract.TABLES) {
            if (!table.keyedById()) {
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
        statement.execute(
                "CREATE OR REPLACE TEMP TABLE lookup_fx_first AS SELECT currency, min(date) AS first_date FROM ("
                        + "SELECT currency, date FROM main.fx_rates"
                        + (fx == null
                                ? ""
                                : " UNION ALL SELECT upper(" + fx.value("currency") + "), " + fx.typed("date")
                                        + " FROM " + fx.name() + " r")
                        + ") GROUP BY currency");
    }

    private void checkRows(StagedTable table, Map<String, StagedTable> byName) throws SQLException, IOException {
        List<Check> checks = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        for (Column column : table.source().table().columns()) {
            columnChecks(table, column, checks);
        }
        RowRules.add(table, reportingCurrency, checks, joins);
        if (checks.isEmpty()) {
            return;
        }
        String from = " FROM " + table.name() + " r " + String.join(" ", joins);
        String any = checks.stream().map(c -> "(" + c.violated() + ")").collect(Collectors.joining(" OR "));
        StringBuilder reasons = new StringBuilder("[");
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            reasons.append(i == 0 ? "" : ", ")
                    .append("CASE WHEN ")
                    .append(check.violated())
                    .append(" THEN ")
                    .append(Sql.literal(check.column() + SEPARATOR))
                    .append(" || ")
                    .append(check.reason())
                    .append(" END");
        }
        reasons.append("]");
        int room = limit - problems.size();
        Map<Long, List<String[]>> found = new LinkedHashMap<>();
        long listed = 0;
        try (Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT r.rowid, list_filter(" + reasons + ", x -> x IS NOT NULL)"
                        + from + " WHERE " + any + " ORDER BY r.rowid LIMIT " + Math.max(room + 1, 1))) {
            while (r.next()) {
                List<String[]> rowProblems = new ArrayList<>();
                for (Object item : (Object[]) r.getArray(2).getArray()) {
                    rowProblems.add(item.toString().split(SEPARATOR, 2));
                }
                found.put(r.getLong(1), rowProblems);
                listed += rowProblems.size();
            }
        }
        if (found.isEmpty()) {
            return;
        }
        long all = listed;
        if (found.size() > room) {
            StringBuilder sum = new StringBuilder("SELECT ");
            for (int i = 0; i < checks.size(); i++) {
                sum.append(i == 0 ? "" : " + ")
                        .append("count_if(")
                        .append(checks.get(i).violated())
                        .append(")");
            }
            try (Statement statement = connection.createStatement();
                    ResultSet r = statement.executeQuery(sum + from)) {
                r.next();
                all = r.getLong(1);
            }
        }
        report(table, found, all);
    }

    private void report(StagedTable table, Map<Long, List<String[]>> found, long all) throws SQLException, IOException {
        Map<Long, String> rows = table.locator().rows(connection, found.keySet());
        long added = 0;
        for (Map.Entry<Long, List<String[]>> row : found.entrySet()) {
            for (String[] problem : row.getValue()) {
                if (problems.size() < limit) {
                    String where = rows.getOrDefault(
                            row.getKey(), table.source().displayName() + ":row " + (row.getKey() + 1));
                    problems.add(new Problem(
                            where + table.locator().column(problem[0]), "column " + problem[0] + ": " + problem[1]));
                    added++;
                }
            }
        }
        total += Math.max(all, added);
    }

    /** Type, required, closed-set and reference rules of one column. */
    private void columnChecks(StagedTable table, Column column, List<Check> checks) {
        if (!table.has(column.name())) {
            return;
        }
        String value = table.raw(column.name());
        String present = table.present(column.name());
        String quoted = "'\"' || left(" + value + ", 80) || '\"'";
        if (column.required()) {
            checks.add(new Check(column.name(), "NOT " + present, "'a value is required'"));
        }
        if (column.type() != ColumnType.ID && column.type() != ColumnType.TEXT) {
            checks.add(new Check(
                    column.name(),
                    present + " AND " + table.typed(column) + " IS NULL",
                    quoted + " || " + Sql.literal(" is not " + column.type().expectation())));
        }
        if (!column.allowed().isEmpty()) {
            String set = column.allowed().stream().map(Sql::literal).collect(Collectors.joining(", "));
            checks.add(new Check(
                    column.name(),
                    present + " AND lower(" + value + ") NOT IN (" + set + ")",
                    quoted + " || " + Sql.literal(" is not one of " + String.join(", ", column.allowed()))));
        }
        if (column.name().equals("currency")) {
            checks.add(new Check(
                    column.name(),
                    present + " AND NOT regexp_full_match(upper(" + value + "), '[A-Z]{3}')",
                    quoted + " || ' is not an ISO 4217 currency code (e.g. JPY, USD)'"));
        }
        column.references().ifPresent(referenced -> {
            Table target = DataContract.table(referenced).orElseThrow();
            String id = target.key().get(0);
            checks.add(new Check(
                    column.name(),
                    present + " AND " + value + " NOT IN (SELECT k FROM keys_" + referenced + " WHERE k IS NOT NULL)",
                    quoted + " || " + Sql.literal(" is not a " + id + " in " + referenced)));
        });
    }

    private void checkDuplicateIds(StagedTable table) throws SQLException, IOException {
        Table contract = table.source().table();
        if (!contract.keyedById() || !table.has(contract.key().get(0))) {
            return;
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
        int room = limit - problems.size();
        if (duplicates == 0 || room <= 0) {
            return;
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
        Set<Long> wanted = new HashSet<>(ids.keySet());
        wanted.addAll(firstRows.values());
        Map<Long, String> rows = table.locator().rows(connection, wanted);
        for (Map.Entry<Long, String> duplicate : ids.entrySet()) {
            String first = rows.get(firstRows.get(duplicate.getKey()));
            problems.add(new Problem(
                    rows.get(duplicate.getKey()) + table.locator().column(id),
                    "column " + id + ": duplicate id \"" + duplicate.getValue() + "\" (first at " + first + ")"));
        }
    }
}
