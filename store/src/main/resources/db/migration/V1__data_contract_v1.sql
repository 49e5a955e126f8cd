-- The tables of input data contract v1. Money columns hold the amount in the reporting currency; the
-- amount as the source gave it is kept in <column>_original beside its currency. No key constraints:
-- imports replace rows by key themselves, in one transaction, which DuckDB's indexes would slow down.

CREATE TABLE customers (
    customer_id VARCHAR NOT NULL,
    name VARCHAR,
    signup_date DATE NOT NULL,
    churned_at DATE,
    plan VARCHAR,
    region VARCHAR,
    country VARCHAR,
    language VARCHAR,
    industry VARCHAR,
    company_size VARCHAR,
    acquisition_channel VARCHAR,
    age_band VARCHAR,
    gender VARCHAR,
    referred_by VARCHAR,
    seats BIGINT
);

-- Extra columns of customers.csv, kept so that they can be used as segments.
CREATE TABLE customer_attributes (
    customer_id VARCHAR NOT NULL,
    attribute VARCHAR NOT NULL,
    value VARCHAR
);

CREATE TABLE subscriptions (
    subscription_id VARCHAR NOT NULL,
    customer_id VARCHAR NOT NULL,
    plan VARCHAR,
    start_date DATE NOT NULL,
    end_date DATE,
    mrr DECIMAL(18, 4) NOT NULL,
    mrr_original DECIMAL(18, 4) NOT NULL,
    currency VARCHAR NOT NULL
);

CREATE TABLE orders (
    order_id VARCHAR NOT NULL,
    customer_id VARCHAR NOT NULL,
    ordered_at TIMESTAMPTZ NOT NULL,
    amount DECIMAL(18, 4) NOT NULL,
    amount_original DECIMAL(18, 4) NOT NULL,
    currency VARCHAR NOT NULL,
    recurring BOOLEAN,
    kind VARCHAR,
    gross_margin DECIMAL(18, 4),
    gross_margin_original DECIMAL(18, 4)
);

CREATE TABLE events (
    customer_id VARCHAR NOT NULL,
    user_id VARCHAR NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    event VARCHAR NOT NULL,
    session_id VARCHAR,
    duration_seconds DOUBLE,
    feature VARCHAR,
    prompted_by VARCHAR,
    channel VARCHAR
);

CREATE TABLE surveys (
    survey_id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    question VARCHAR,
    scale_min DECIMAL(18, 6) NOT NULL,
    scale_max DECIMAL(18, 6) NOT NULL,
    satisfied_threshold DECIMAL(18, 6),
    touchpoint VARCHAR,
    language VARCHAR
);

CREATE TABLE survey_invitations (
    invitation_id VARCHAR NOT NULL,
    survey_id VARCHAR NOT NULL,
    customer_id VARCHAR NOT NULL,
    user_id VARCHAR,
    sent_at TIMESTAMPTZ NOT NULL,
    channel VARCHAR
);

CREATE TABLE survey_responses (
    response_id VARCHAR NOT NULL,
    survey_id VARCHAR NOT NULL,
    customer_id VARCHAR NOT NULL,
    user_id VARCHAR,
    invitation_id VARCHAR,
    answered_at TIMESTAMPTZ NOT NULL,
    score DECIMAL(18, 6) NOT NULL,
    comment VARCHAR,
    language VARCHAR
);

CREATE TABLE tickets (
    ticket_id VARCHAR NOT NULL,
    customer_id VARCHAR NOT NULL,
    opened_at TIMESTAMPTZ NOT NULL,
    first_response_at TIMESTAMPTZ,
    resolved_at TIMESTAMPTZ,
    reopened BOOLEAN,
    channel VARCHAR,
    priority VARCHAR,
    category VARCHAR,
    resolution VARCHAR
);

CREATE TABLE onboarding (
    customer_id VARCHAR NOT NULL,
    milestone VARCHAR NOT NULL,
    required BOOLEAN NOT NULL,
    completed_at TIMESTAMPTZ
);

CREATE TABLE education (
    customer_id VARCHAR NOT NULL,
    user_id VARCHAR,
    course VARCHAR NOT NULL,
    kind VARCHAR,
    completed_at TIMESTAMPTZ NOT NULL,
    score DECIMAL(18, 6)
);

CREATE TABLE community (
    customer_id VARCHAR NOT NULL,
    user_id VARCHAR,
    activity VARCHAR NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE referrals (
    referral_id VARCHAR NOT NULL,
    referrer_customer_id VARCHAR NOT NULL,
    referred_at TIMESTAMPTZ NOT NULL,
    prospect_id VARCHAR,
    converted_customer_id VARCHAR,
    converted_at TIMESTAMPTZ,
    channel VARCHAR
);

CREATE TABLE loyalty (
    customer_id VARCHAR NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    type VARCHAR NOT NULL,
    points DECIMAL(18, 6)
);

CREATE TABLE social (
    mention_id VARCHAR NOT NULL,
    customer_id VARCHAR,
    channel VARCHAR NOT NULL,
    posted_at TIMESTAMPTZ NOT NULL,
    likes BIGINT,
    shares BIGINT,
    comments BIGINT,
    text VARCHAR,
    language VARCHAR,
    author VARCHAR
);

CREATE TABLE costs (
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    category VARCHAR NOT NULL,
    amount DECIMAL(18, 4) NOT NULL,
    amount_original DECIMAL(18, 4) NOT NULL,
    currency VARCHAR NOT NULL,
    segment_attribute VARCHAR,
    segment_value VARCHAR
);

-- Units of the reporting currency per unit of the currency, from the date on.
CREATE TABLE fx_rates (
    date DATE NOT NULL,
    currency VARCHAR NOT NULL,
    rate DECIMAL(24, 12) NOT NULL
);

-- One row per import that changed the store: what came in, from where, when.
CREATE TABLE imports (
    import_id BIGINT NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL,
    source VARCHAR NOT NULL,
    table_name VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    rows_read BIGINT NOT NULL,
    rows_replaced BIGINT NOT NULL
);
