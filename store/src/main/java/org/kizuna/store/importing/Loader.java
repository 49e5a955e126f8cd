package org.kizuna.store.importing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kizuna.domain.contract.Column;
import org.kizuna.domain.contract.ColumnType;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;

/**
 * Writes checked staged tables into the store: rows with a key already stored replace the stored ones,
 * money is converted to the reporting currency with the latest rate on or before the row's date (the
 * original amount and currency kept beside it), and customers' extra columns become custom attributes.
 */
final class Loader {

    private final Connection connection;
    private final String reportingCurrency;

    Loader(Connection connection, String reportingCurrency) {
        this.connection = connection;
        this.reportingCurrency = reportingCurrency;
    }

    /**
     * Loads one table and returns how many stored rows its rows replaced. With {@code keepOmitted}, a
     * customer keeps the custom attributes its row does not name.
     */
    long load(StagedTable staged, boolean keepOmitted) throws SQLException {
        Table table = staged.source().table();
        long replaced;
        try (Statement statement = connection.createStatement()) {
            replaced = isEmpty(statement, table.name()) ? 0 : statement.executeUpdate(deleteReplaced(staged));
            Map<String, String> columns = storeColumns(table.name());
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (Map.Entry<String, String> column : columns.entrySet()) {
                names.add(Sql.identifier(column.getKey()));
                values.add(value(staged, column.getKey(), column.getValue()));
            }
            String from = " FROM " + staged.name() + " r";
            if (table.moneyDate().isPresent()) {
                // Rows in the reporting currency take rate 1; only the others need their local day (a time-zone
                // computation per row) and the as-of join.
                Column dateColumn = table.column(table.moneyDate().get()).orElseThrow();
                String home = Sql.literal(reportingCurrency);
                String currency = currency(staged);
                from = " FROM (SELECT *, " + currency + " AS _currency, CAST(1 AS DECIMAL(24, 12)) AS _rate FROM "
                        + staged.name() + " r WHERE " + currency + " = " + home
                        + " UNION ALL SELECT foreign_rows.* EXCLUDE (_day), fx.rate AS _rate FROM (SELECT *, "
                        + currency
                        + " AS _currency, CAST(TRY_CAST(" + staged.raw(dateColumn.name()) + " AS "
                        + Sql.checkType(dateColumn.type()) + ") AS DATE) AS _day FROM " + staged.name() + " r WHERE "
                        + currency + " <> " + home + ") foreign_rows ASOF LEFT JOIN main.fx_rates fx"
                        + " ON foreign_rows._currency = fx.currency AND foreign_rows._day >= fx.date) r";
            }
            statement.executeUpdate("INSERT INTO main." + table.name() + " (" + String.join(", ", names) + ") SELECT "
                    + String.join(", ", values) + from);
            if (table == DataContract.CUSTOMERS) {
                loadCustomAttributes(statement, staged, keepOmitted);
            }
        }
        return replaced;
    }

    private static boolean isEmpty(Statement statement, String table) throws SQLException {
        try (ResultSet r = statement.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM main." + table + ")")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    private String deleteReplaced(StagedTable staged) {
        Table table = staged.source().table();
        StringBuilder keys = new StringBuilder();
        StringBuilder match = new StringBuilder();
        for (String key : table.key()) {
            Column column = table.column(key).orElseThrow();
            keys.append(keys.length() == 0 ? "" : ", ")
                    .append(cast(staged, column, Sql.checkType(column.type())))
                    .append(" AS ")
                    .append(Sql.identifier(key));
            match.append(match.length() == 0 ? "" : " AND ")
                    .append("t.")
                    .append(Sql.identifier(key))
                    .append(" IS NOT DISTINCT FROM s.")
                    .append(Sql.identifier(key));
        }
        return "DELETE FROM main." + table.name() + " t USING (SELECT DISTINCT " + keys + " FROM " + staged.name()
                + " r) s WHERE " + match;
    }

    private String value(StagedTable staged, String storeColumn, String storeType) {
        Table table = staged.source().table();
        if (storeColumn.endsWith("_original")) {
            Column money = table.column(storeColumn.substring(0, storeColumn.length() - "_original".length()))
                    .orElseThrow();
            return cast(staged, money, storeType);
        }
        Column column = table.column(storeColumn).orElseThrow();
        if (column.type() == ColumnType.MONEY) {
            return "CAST(" + cast(staged, column, storeType) + " * r._rate AS " + storeType + ")";
        }
        if (column.name().equals("currency")) {
            return table.moneyDate().isPresent() ? "r._currency" : "upper(" + cast(staged, column, storeType) + ")";
        }
        if (table == DataContract.ONBOARDING && column.name().equals("required")) {
            return "coalesce(" + cast(staged, column, storeType) + ", true)";
        }
        return cast(staged, column, storeType);
    }

    private static String cast(StagedTable staged, Column column, String storeType) {
        if (column.type() == ColumnType.ID || column.type() == ColumnType.TEXT) {
            String value = staged.value(column.name());
            return column.allowed().isEmpty() ? value : "lower(" + value + ")";
        }
        // Checked cells all cast; TRY_CAST turns the empty ones into nulls without a nullif per cell.
        return "TRY_CAST(" + staged.raw(column.name()) + " AS " + storeType + ")";
    }

    private String currency(StagedTable staged) {
        return "coalesce(upper(" + staged.value("currency") + "), " + Sql.literal(reportingCurrency) + ")";
    }

    private Map<String, String> storeColumns(String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT column_name, data_type FROM information_schema.columns"
                        + " WHERE table_schema = 'main' AND table_catalog = current_database() AND table_name = "
                        + Sql.literal(table) + " ORDER BY ordinal_position")) {
            while (r.next()) {
                columns.put(r.getString(1), r.getString(2));
            }
        }
        return columns;
    }

    private static void loadCustomAttributes(Statement statement, StagedTable staged, boolean keepOmitted)
            throws SQLException {
        String id = staged.value("customer_id");
        if (!keepOmitted) {
            statement.executeUpdate("DELETE FROM main.customer_attributes WHERE customer_id IN (SELECT " + id + " FROM "
                    + staged.name() + " r)");
        }
        for (String attribute : staged.extraColumns()) {
            String value = "nullif(trim(r." + Sql.identifier(attribute) + "), '')";
            // Keeping omitted values, a customer's attribute changes only where its row gives one.
            String given = keepOmitted ? " WHERE " + value + " IS NOT NULL" : "";
            if (keepOmitted) {
                statement.executeUpdate("DELETE FROM main.customer_attributes WHERE attribute = "
                        + Sql.literal(attribute) + " AND customer_id IN (SELECT " + id + " FROM " + staged.name()
                        + " r" + given + ")");
            }
            statement.executeUpdate("INSERT INTO main.customer_attributes SELECT " + id + ", " + Sql.literal(attribute)
                    + ", " + value + " FROM " + staged.name() + " r" + given);
        }
    }
}
