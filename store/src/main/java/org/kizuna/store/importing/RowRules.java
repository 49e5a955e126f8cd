package org.kizuna.store.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kizuna.domain.contract.ColumnType;
import org.kizuna.domain.contract.Table;

/**
 * The rules of the data contract that relate a row's columns to each other or to other tables, beyond each
 * column's own type: dates in order, scores within their survey's scale, amounts that can be converted.
 */
final class RowRules {

    private RowRules() {}

    static void add(StagedTable t, List<Check> checks, List<String> joins) {
        switch (t.source().table().name()) {
            case "customers" -> {
                after(t, "churned_at", "signup_date", checks);
                checks.add(new Check("seats", t.typed("seats") + " < 0", Check.reason("negative_seats")));
            }
            case "subscriptions" -> {
                checks.add(new Check(
                        "end_date",
                        t.typed("end_date") + " <= " + t.typed("start_date"),
                        Check.reason("end_not_after_start", t.typed("end_date"), t.typed("start_date"))));
                checks.add(new Check("mrr", t.typed("mrr") + " < 0", Check.reason("negative_mrr")));
            }
            case "surveys" -> {
                checks.add(new Check(
                        "scale_max",
                        t.typed("scale_max") + " <= " + t.typed("scale_min"),
                        Check.reason("scale_order")));
                checks.add(new Check(
                        "satisfied_threshold",
                        t.typed("satisfied_threshold") + " NOT BETWEEN " + t.typed("scale_min") + " AND "
                                + t.typed("scale_max"),
                        Check.reason("threshold_outside", t.typed("satisfied_threshold"))));
                checks.add(new Check(
                        "scale_min",
                        "lower(" + t.value("type") + ") = 'nps' AND NOT (" + t.typed("scale_min") + " IN (0, 1) AND "
                                + t.typed("scale_max") + " = 10)",
                        Check.reason("nps_scale")));
            }
            case "survey_responses" -> {
                joins.add("LEFT JOIN lookup_survey_scales s ON s.survey_id = " + t.value("survey_id"));
                joins.add("LEFT JOIN lookup_invitations i ON i.invitation_id = " + t.value("invitation_id"));
                checks.add(new Check(
                        "score",
                        t.typed("score") + " NOT BETWEEN s.scale_min AND s.scale_max",
                        Check.reason(
                                "score_outside",
                                number(t.typed("score")),
                                number("s.scale_min"),
                                number("s.scale_max"),
                                t.value("survey_id"))));
                checks.add(new Check(
                        "answered_at",
                        t.typed("answered_at") + " < i.sent_at",
                        Check.reason("answered_before_sent", "strftime(i.sent_at, '%Y-%m-%d %H:%M:%S %z')")));
            }
            case "tickets" -> {
                after(t, "first_response_at", "opened_at", checks);
                after(t, "resolved_at", "opened_at", checks);
            }
            case "referrals" -> after(t, "converted_at", "referred_at", checks);
            case "costs" -> after(t, "period_end", "period_start", checks);
            case "fx_rates" ->
                checks.add(new Check("rate", t.typed("rate") + " <= 0", Check.reason("rate_not_positive")));
            case "events" ->
                checks.add(new Check(
                        "duration_seconds", t.typed("duration_seconds") + " < 0", Check.reason("negative_duration")));
            default -> {}
        }
    }

    /**
     * The rules of money in a foreign currency — a rate on or before the row's date, and a converted amount
     * that fits — checked over the foreign rows alone, so that the as-of join skips the many rows already in
     * the reporting currency.
     */
    static Optional<CheckGroup> foreignMoney(StagedTable t, String reportingCurrency) {
        Table table = t.source().table();
        if (table.moneyDate().isEmpty()) {
            return Optional.empty();
        }
        String currency = "coalesce(upper(" + t.value("currency") + "), " + Sql.literal(reportingCurrency) + ")";
        String day = "CAST(" + t.typed(table.moneyDate().get()) + " AS DATE)";
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(
                "currency", day + " IS NOT NULL AND fx.rate IS NULL", Check.reason("no_rate", currency, day)));
        for (String money : t.columns().stream()
                .filter(c -> table.column(c).orElseThrow().type() == ColumnType.MONEY)
                .toList()) {
            checks.add(new Check(
                    money,
                    "TRY_CAST(" + t.typed(money) + " * fx.rate AS DECIMAL(18, 4)) IS NULL AND " + t.typed(money)
                            + " IS NOT NULL AND fx.rate IS NOT NULL",
                    Check.reason("converted_too_large", "fx.rate")));
        }
        String from = " FROM (SELECT rowid AS _row, * FROM " + t.name() + " r WHERE " + currency + " <> "
                + Sql.literal(reportingCurrency) + ") r ASOF LEFT JOIN lookup_fx fx ON fx.currency = " + currency
                + " AND "
                + day + " >= fx.date";
        return Optional.of(new CheckGroup(from, "r._row", checks));
    }

    /** The later column must not come before the earlier one (both named by their column). */
    private static void after(StagedTable t, String later, String earlier, List<Check> checks) {
        checks.add(new Check(
                later,
                t.typed(later) + " < " + t.typed(earlier),
                Check.reason("before", Sql.literal(later), Sql.literal(earlier), t.value(earlier))));
    }

    private static String number(String sql) {
        return "regexp_replace(regexp_replace(CAST(" + sql + " AS VARCHAR), '(\\.\\d*?)0+$', '\\1'), '\\.$', '')";
    }
}
