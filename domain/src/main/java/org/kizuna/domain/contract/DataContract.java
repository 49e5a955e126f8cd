package org.kizuna.domain.contract;

import static org.kizuna.domain.contract.Column.optional;
import static org.kizuna.domain.contract.Column.required;
import static org.kizuna.domain.contract.ColumnType.BOOL;
import static org.kizuna.domain.contract.ColumnType.DATE;
import static org.kizuna.domain.contract.ColumnType.ID;
import static org.kizuna.domain.contract.ColumnType.INTEGER;
import static org.kizuna.domain.contract.ColumnType.MONEY;
import static org.kizuna.domain.contract.ColumnType.NUMBER;
import static org.kizuna.domain.contract.ColumnType.TEXT;
import static org.kizuna.domain.contract.ColumnType.TIMESTAMP;

import java.util.List;
import java.util.Optional;

/**
 * Version 1 of the input data contract: the tables a data set may hold, their columns and keys. Importer,
 * generator and documentation all read the contract from here.
 */
public final class DataContract {

    public static final int VERSION = 1;

    /** Customer attributes of the contract that segments can use directly. */
    public static final List<String> CUSTOMER_ATTRIBUTES = List.of(
            "plan",
            "region",
            "country",
            "language",
            "industry",
            "company_size",
            "acquisition_channel",
            "age_band",
            "gender");

    public static final Table CUSTOMERS = new Table(
            "customers",
            List.of(
                    required("customer_id", ID),
                    optional("name", TEXT),
                    required("signup_date", DATE),
                    optional("churned_at", DATE),
                    optional("plan", TEXT),
                    optional("region", TEXT),
                    optional("country", TEXT),
                    optional("language", TEXT),
                    optional("industry", TEXT),
                    optional("company_size", TEXT),
                    optional("acquisition_channel", TEXT),
                    optional("age_band", TEXT),
                    optional("gender", TEXT),
                    optional("referred_by", ID).referencing("customers"),
                    optional("seats", INTEGER)),
            List.of("customer_id"),
            Optional.empty());

    public static final Table SUBSCRIPTIONS = new Table(
            "subscriptions",
            List.of(
                    required("subscription_id", ID),
                    required("customer_id", ID).referencing("customers"),
                    optional("plan", TEXT),
                    required("start_date", DATE),
                    optional("end_date", DATE),
                    required("mrr", MONEY),
                    optional("currency", TEXT)),
            List.of("subscription_id"),
            Optional.of("start_date"));

    public static final Table ORDERS = new Table(
            "orders",
            List.of(
                    required("order_id", ID),
                    required("customer_id", ID).referencing("customers"),
                    required("ordered_at", TIMESTAMP),
                    required("amount", MONEY),
                    optional("currency", TEXT),
                    optional("recurring", BOOL),
                    optional("kind", TEXT).oneOf("new", "renewal", "upsell", "cross_sell", "add_on", "other"),
                    optional("gross_margin", MONEY)),
            List.of("order_id"),
            Optional.of("ordered_at"));

    public static final Table EVENTS = new Table(
            "events",
            List.of(
                    required("customer_id", ID).referencing("customers"),
                    required("user_id", ID),
                    required("occurred_at", TIMESTAMP),
                    required("event", TEXT),
                    optional("session_id", ID),
                    optional("duration_seconds", NUMBER),
                    optional("feature", TEXT),
                    optional("prompted_by", TEXT),
                    optional("channel", TEXT)),
            List.of("customer_id", "user_id", "occurred_at", "event"),
            Optional.empty());

    public static final Table SURVEYS = new Table(
            "surveys",
            List.of(
                    required("survey_id", ID),
                    required("type", TEXT).oneOf("nps", "csat", "ces", "trust", "recommend", "emotional", "custom"),
                    optional("question", TEXT),
                    required("scale_min", NUMBER),
                    required("scale_max", NUMBER),
                    optional("satisfied_threshold", NUMBER),
                    optional("touchpoint", TEXT),
                    optional("language", TEXT)),
            List.of("survey_id"),
            Optional.empty());

    public static final Table SURVEY_INVITATIONS = new Table(
            "survey_invitations",
            List.of(
                    required("invitation_id", ID),
                    required("survey_id", ID).referencing("surveys"),
                    required("customer_id", ID).referencing("customers"),
                    optional("user_id", ID),
                    required("sent_at", TIMESTAMP),
                    optional("channel", TEXT)),
            List.of("invitation_id"),
            Optional.empty());

    public static final Table SURVEY_RESPONSES = new Table(
            "survey_responses",
            List.of(
                    required("response_id", ID),
                    required("survey_id", ID).referencing("surveys"),
                    required("customer_id", ID).referencing("customers"),
                    optional("user_id", ID),
                    optional("invitation_id", ID).referencing("survey_invitations"),
                    required("answered_at", TIMESTAMP),
                    required("score", NUMBER),
                    optional("comment", TEXT),
                    optional("language", TEXT)),
            List.of("response_id"),
            Optional.empty());

    public static final Table TICKETS = new Table(
            "tickets",
            List.of(
                    required("ticket_id", ID),
                    required("customer_id", ID).referencing("customers"),
                    required("opened_at", TIMESTAMP),
                    optional("first_response_at", TIMESTAMP),
                    optional("resolved_at", TIMESTAMP),
                    optional("reopened", BOOL),
                    optional("channel", TEXT),
                    optional("priority", TEXT),
                    optional("category", TEXT),
                    optional("resolution", TEXT).oneOf("agent", "self_service")),
            List.of("ticket_id"),
            Optional.empty());

    public static final Table ONBOARDING = new Table(
            "onboarding",
            List.of(
                    required("customer_id", ID).referencing("customers"),
                    required("milestone", TEXT),
                    optional("required", BOOL),
                    optional("completed_at", TIMESTAMP)),
            List.of("customer_id", "milestone"),
            Optional.empty());

    public static final Table EDUCATION = new Table(
            "education",
            List.of(
                    required("customer_id", ID).referencing("customers"),
                    optional("user_id", ID),
                    required("course", TEXT),
                    optional("kind", TEXT).oneOf("course", "certification"),
                    required("completed_at", TIMESTAMP),
                    optional("score", NUMBER)),
            List.of("customer_id", "user_id", "course"),
            Optional.empty());

    public static final Table COMMUNITY = new Table(
            "community",
            List.of(
                    required("customer_id", ID).referencing("customers"),
                    optional("user_id", ID),
                    required("activity", TEXT),
                    required("occurred_at", TIMESTAMP)),
            List.of("customer_id", "user_id", "activity", "occurred_at"),
            Optional.empty());

    public static final Table REFERRALS = new Table(
            "referrals",
            List.of(
                    required("referral_id", ID),
                    required("referrer_customer_id", ID).referencing("customers"),
                    required("referred_at", TIMESTAMP),
                    optional("prospect_id", ID),
                    optional("converted_customer_id", ID).referencing("customers"),
                    optional("converted_at", TIMESTAMP),
                    optional("channel", TEXT)),
            List.of("referral_id"),
            Optional.empty());

    public static final Table LOYALTY = new Table(
            "loyalty",
            List.of(
                    required("customer_id", ID).referencing("customers"),
                    required("occurred_at", TIMESTAMP),
                    required("type", TEXT).oneOf("enroll", "earn", "redeem", "expire"),
                    optional("points", NUMBER)),
            List.of("customer_id", "occurred_at", "type"),
            Optional.empty());

    public static final Table SOCIAL = new Table(
            "social",
            List.of(
                    required("mention_id", ID),
                    optional("customer_id", ID).referencing("customers"),
                    required("channel", TEXT),
                    required("posted_at", TIMESTAMP),
                    optional("likes", INTEGER),
                    optional("shares", INTEGER),
                    optional("comments", INTEGER),
                    optional("text", TEXT),
                    optional("language", TEXT),
                    optional("author", TEXT)),
            List.of("mention_id"),
            Optional.empty());

    public static final Table COSTS = new Table(
            "costs",
            List.of(
                    required("period_start", DATE),
                    required("period_end", DATE),
                    required("category", TEXT).oneOf("marketing", "sales", "retention", "success", "support"),
                    required("amount", MONEY),
                    optional("currency", TEXT),
                    optional("segment_attribute", TEXT),
                    optional("segment_value", TEXT)),
            List.of("period_start", "period_end", "category", "segment_attribute", "segment_value"),
            Optional.of("period_start"));

    public static final Table FX_RATES = new Table(
            "fx_rates",
            List.of(required("date", DATE), required("currency", TEXT), required("rate", NUMBER)),
            List.of("date", "currency"),
            Optional.empty());

    /** Every table, in an order where a table comes after the tables it references. */
    public static final List<Table> TABLES = List.of(
            FX_RATES,
            CUSTOMERS,
            SUBSCRIPTIONS,
            ORDERS,
            EVENTS,
            SURVEYS,
            SURVEY_INVITATIONS,
            SURVEY_RESPONSES,
            TICKETS,
            ONBOARDING,
            EDUCATION,
            COMMUNITY,
            REFERRALS,
            LOYALTY,
            SOCIAL,
            COSTS);

    private DataContract() {}

    public static Optional<Table> table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
