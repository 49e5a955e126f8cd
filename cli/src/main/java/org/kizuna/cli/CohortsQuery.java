package org.kizuna.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Locale;
import org.kizuna.metrics.cohort.CohortMeasure;
import org.kizuna.metrics.cohort.CohortTable;
import org.kizuna.store.Workspace;
import org.kizuna.store.query.StoreMetricInputs;

/**
 * What {@code kizuna cohorts} is asked, as text the way a user writes it: the command line and the web read
 * their arguments into this and get the same table and the same JSON.
 *
 * @param metric retention, revenue_retention or mrr; null for retention
 * @param by what the cohorts are: signup_month (the only choice); null for signup_month
 * @param from the first signup month, {@code YYYY-MM}; null for 11 months before {@code to}
 * @param to the last month shown, {@code YYYY-MM}; null for the last full month
 */
public record CohortsQuery(String metric, String by, String from, String to) {

    /** What the cohorts can be formed by. */
    public static final String SIGNUP_MONTH = "signup_month";

    /** The months followed when no first month is given: the last month and the eleven before it. */
    public static final int DEFAULT_MONTHS = 12;

    /** The measure asked for; an unknown one is an error naming the choices. */
    public CohortMeasure measure() {
        return CohortMeasure.of(metric == null ? "retention" : metric);
    }

    /** Checks what the cohorts are formed by. */
    public void checkBy() {
        if (by != null && !by.equals(SIGNUP_MONTH)) {
            throw new IllegalArgumentException("cohorts are by signup_month; \"" + by + "\" is not supported");
        }
    }

    /** The last month shown: {@code to}, or the last full month in the workspace's time zone. */
    public YearMonth last(Workspace workspace) {
        return to == null ? Today.lastFullMonth(workspace.settings().timeZone()) : month("--to", to);
    }

    /** The first signup month: {@code from}, or eleven months before the last; never after the last. */
    public YearMonth first(Workspace workspace) {
        YearMonth last = last(workspace);
        YearMonth first = from == null ? last.minusMonths(DEFAULT_MONTHS - 1L) : month("--from", from);
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("--from " + first + " is after --to " + last);
        }
        return first;
    }

    /** The cohort table, as {@code kizuna cohorts} computes it. */
    public CohortTable table(Workspace workspace) {
        checkBy();
        CohortMeasure measure = measure();
        YearMonth first = first(workspace);
        YearMonth last = last(workspace);
        try (StoreMetricInputs inputs = new StoreMetricInputs(workspace)) {
            return CohortTable.of(measure, workspace.settings().reportingCurrency(), inputs.cohorts(first, last));
        }
    }

    /** A month written {@code YYYY-MM}; anything else is an error naming the option. */
    public static YearMonth month(String option, String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(option + " \"" + text + "\" is not a month (YYYY-MM)");
        }
    }

    /** The table as {@code kizuna cohorts --format json} prints it. */
    public static String json(CohortTable table) {
        ObjectNode root = MetricsJson.JSON.createObjectNode();
        root.put("metric", table.measure().name().toLowerCase(Locale.ROOT));
        root.put("by", SIGNUP_MONTH);
        root.put("unit", table.unit());
        ArrayNode cohorts = root.putArray("cohorts");
        for (CohortTable.Row row : table.rows()) {
            ObjectNode node = cohorts.addObject();
            node.put("cohort", row.cohort());
            node.put("customers", row.customers());
            ArrayNode cells = node.putArray("cells");
            row.cells().forEach(cells::add);
        }
        return MetricsJson.print(root);
    }
}
