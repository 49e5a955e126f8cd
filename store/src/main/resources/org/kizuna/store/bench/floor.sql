-- The benchmark's floor for the whole catalogue: the aggregates the metrics of sections A–F read, written by
-- hand as directly as DuckDB allows. Every query reads its table once for all the periods at once, grouped by
-- period and by {segment} (a constant for the whole base, or a customer column). Placeholders: {periods}, rows
-- (label, from_ts, until_ts, first, last), each period's bounds as instants and as its first and last days;
-- {from} and {until}, the instants all the periods start and end, which let a scan skip the rest of a table;
-- {offset_us}, the time zone's offset at {from} in microseconds (a day is the shifted epoch divided into days,
-- a change of offset within the periods ignored: the floor may cut that corner, the product may not).
-- Queries are separated by lines starting "-- query:".

-- query: subscriptions (activity at the ends and during, acquisition, MRR movements, tenure)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last)),
per_customer AS (
    SELECT p.label, p.first, p.last, s.customer_id,
           bool_or(s.start_date < p.first AND (s.end_date IS NULL OR s.end_date >= p.first)) AS covers_start,
           bool_or(s.end_date IS NULL OR s.end_date > p.last) AS covers_end,
           bool_or(s.end_date IS NULL OR s.end_date > p.first) AS covers_during,
           coalesce(sum(s.mrr) FILTER (WHERE s.start_date < p.first AND (s.end_date IS NULL OR s.end_date >= p.first)), 0) AS start_mrr,
           coalesce(sum(s.mrr) FILTER (WHERE s.end_date IS NULL OR s.end_date > p.last), 0) AS end_mrr,
           min(s.start_date) AS started,
           max(coalesce(s.end_date, p.last + 1)) AS coverage_end
    FROM subscriptions s
    JOIN p ON s.start_date <= p.last
    GROUP BY ALL
)
SELECT pc.label, {segment} AS segment_value,
       count(*) FILTER (WHERE covers_start AND (c.churned_at IS NULL OR c.churned_at >= pc.first)) AS active_at_start,
       count(*) FILTER (WHERE covers_end AND (c.churned_at IS NULL OR c.churned_at > pc.last)) AS active_at_end,
       count(*) FILTER (WHERE covers_during) AS active_during,
       count(*) FILTER (WHERE c.signup_date BETWEEN pc.first AND pc.last) AS acquired,
       sum(start_mrr) AS start_mrr,
       sum(end_mrr) AS end_mrr,
       sum(greatest(end_mrr - start_mrr, 0)) FILTER (WHERE start_mrr > 0) AS expansion,
       sum(greatest(start_mrr - end_mrr, 0)) FILTER (WHERE end_mrr > 0) AS contraction,
       sum(end_mrr) FILTER (WHERE start_mrr = 0) AS new_mrr,
       sum(start_mrr) FILTER (WHERE end_mrr = 0) AS churned_mrr,
       avg(least(coalesce(c.churned_at, pc.last + 1), coverage_end) - started) AS mean_tenure_days
FROM per_customer pc
JOIN customers c ON c.customer_id = pc.customer_id
GROUP BY ALL

-- query: orders (revenue and margin in the period and to date, buyers, repeat and returning buyers, referred revenue)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last)),
per_customer AS (
    SELECT p.label, o.customer_id,
           count(*) FILTER (WHERE o.ordered_at >= p.from_ts) AS orders,
           sum(o.amount) FILTER (WHERE o.ordered_at >= p.from_ts) AS revenue,
           sum(o.gross_margin) FILTER (WHERE o.ordered_at >= p.from_ts) AS margin,
           bool_or(o.ordered_at < p.from_ts AND o.amount > 0) AS bought_before,
           sum(o.amount) AS revenue_to_date,
           sum(o.gross_margin) AS margin_to_date,
           count(*) AS orders_to_date
    FROM orders o
    JOIN p ON o.ordered_at < p.until_ts
    WHERE o.ordered_at < TIMESTAMPTZ '{until}'
    GROUP BY ALL
)
SELECT pc.label, {segment} AS segment_value, c.referred_by IS NOT NULL AS referred,
       count(*) AS customers_to_date,
       sum(revenue_to_date) AS revenue_to_date,
       sum(margin_to_date) AS margin_to_date,
       sum(orders_to_date) AS orders_to_date,
       count(*) FILTER (WHERE orders > 0) AS buyers,
       count(*) FILTER (WHERE orders > 1) AS repeat_buyers,
       count(*) FILTER (WHERE orders > 0 AND bought_before) AS returning_buyers,
       sum(orders) AS orders,
       sum(revenue) AS revenue,
       sum(margin) AS margin
FROM per_customer pc
JOIN customers c ON c.customer_id = pc.customer_id
GROUP BY ALL

-- query: events by user and day (DAU, MAU, stickiness, repeat visitors, active users)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last)),
user_days AS (
    SELECT p.label, e.customer_id, e.user_id, (epoch_us(e.occurred_at) + {offset_us}) // 86400000000 AS day
    FROM events e
    JOIN p ON e.occurred_at >= p.from_ts AND e.occurred_at < p.until_ts
    WHERE e.occurred_at >= TIMESTAMPTZ '{from}' AND e.occurred_at < TIMESTAMPTZ '{until}'
    GROUP BY ALL
),
per_user AS (
    SELECT label, customer_id, user_id, count(*) AS days FROM user_days GROUP BY ALL
)
SELECT u.label, {segment} AS segment_value,
       count(*) AS users,
       sum(days) AS user_days,
       count(*) FILTER (WHERE days >= 2) AS repeat_users,
       count(DISTINCT u.customer_id) AS customers
FROM per_user u
JOIN customers c ON c.customer_id = u.customer_id
GROUP BY ALL

-- query: events by customer (sessions, prompted sessions, features, session lengths)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last)),
per_customer AS (
    SELECT p.label, e.customer_id,
           count(*) AS events,
           count(DISTINCT e.session_id) + count(*) FILTER (WHERE e.session_id IS NULL) AS sessions,
           count(DISTINCT e.session_id) FILTER (WHERE e.prompted_by IS NOT NULL) AS prompted_sessions,
           count(DISTINCT e.session_id) FILTER (WHERE e.prompted_by = 'email') AS email_sessions,
           count(DISTINCT e.feature) AS features,
           count(DISTINCT e.user_id) AS users,
           count(e.duration_seconds) AS measured_sessions,
           sum(e.duration_seconds) AS seconds
    FROM events e
    JOIN p ON e.occurred_at >= p.from_ts AND e.occurred_at < p.until_ts
    WHERE e.occurred_at >= TIMESTAMPTZ '{from}' AND e.occurred_at < TIMESTAMPTZ '{until}'
    GROUP BY ALL
)
SELECT pc.label, {segment} AS segment_value,
       count(*) AS customers,
       sum(events) AS events,
       sum(sessions) AS sessions,
       sum(prompted_sessions) AS prompted_sessions,
       count(*) FILTER (WHERE email_sessions > 0) AS email_customers,
       sum(features) AS features,
       sum(users) FILTER (WHERE c.seats > 0) AS seated_users,
       sum(measured_sessions) AS measured_sessions,
       sum(seconds) AS seconds,
       avg(percent_rank) AS mean_sessions_rank
FROM (SELECT *, percent_rank() OVER (PARTITION BY label ORDER BY sessions) AS percent_rank FROM per_customer) pc
JOIN customers c ON c.customer_id = pc.customer_id
GROUP BY ALL

-- query: events by feature (feature adoption)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last))
SELECT p.label, {segment} AS segment_value, e.feature, count(DISTINCT e.customer_id) AS customers
FROM events e
JOIN p ON e.occurred_at >= p.from_ts AND e.occurred_at < p.until_ts
JOIN customers c ON c.customer_id = e.customer_id
WHERE e.feature IS NOT NULL
  AND e.occurred_at >= TIMESTAMPTZ '{from}' AND e.occurred_at < TIMESTAMPTZ '{until}'
GROUP BY ALL

-- query: events before the period (recent usage, a churn-risk signal)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last))
SELECT p.label, {segment} AS segment_value, count(DISTINCT e.customer_id) AS recent_users
FROM events e
JOIN p ON e.occurred_at >= p.from_ts - INTERVAL 30 DAY AND e.occurred_at < p.from_ts
JOIN customers c ON c.customer_id = e.customer_id
WHERE e.occurred_at >= TIMESTAMPTZ '{from}' - INTERVAL 30 DAY AND e.occurred_at < TIMESTAMPTZ '{until}'
GROUP BY ALL

-- query: survey responses (NPS, CSAT, CES, CAI, emotional loyalty, feedback, detractors)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last))
SELECT p.label, {segment} AS segment_value, s.type, s.survey_id, s.touchpoint, r.score,
       count(*) AS responses,
       count(DISTINCT r.customer_id) AS customers
FROM survey_responses r
JOIN surveys s ON s.survey_id = r.survey_id
JOIN p ON r.answered_at >= p.from_ts - INTERVAL 90 DAY AND r.answered_at < p.until_ts
JOIN customers c ON c.customer_id = r.customer_id
WHERE r.answered_at >= TIMESTAMPTZ '{from}' - INTERVAL 90 DAY AND r.answered_at < TIMESTAMPTZ '{until}'
GROUP BY ALL

-- query: survey invitations (response rate)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last))
SELECT p.label, {segment} AS segment_value, count(*) AS invitations, count(DISTINCT i.customer_id) AS customers
FROM survey_invitations i
JOIN p ON i.sent_at >= p.from_ts AND i.sent_at < p.until_ts
JOIN customers c ON c.customer_id = i.customer_id
WHERE i.sent_at >= TIMESTAMPTZ '{from}' AND i.sent_at < TIMESTAMPTZ '{until}'
GROUP BY ALL

-- query: tickets (response and resolution times, resolution, reopened, requests per customer, by channel)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last))
SELECT p.label, {segment} AS segment_value, t.channel,
       count(*) AS tickets,
       count(DISTINCT t.customer_id) AS customers,
       avg(epoch(t.first_response_at) - epoch(t.opened_at)) AS mean_response,
       quantile_cont(epoch(t.first_response_at) - epoch(t.opened_at), [0.5, 0.9]) AS response_quantiles,
       avg(epoch(t.resolved_at) - epoch(t.opened_at)) AS mean_resolution,
       quantile_cont(epoch(t.resolved_at) - epoch(t.opened_at), [0.5, 0.9]) AS resolution_quantiles,
       count(*) FILTER (WHERE t.resolved_at IS NOT NULL AND NOT coalesce(t.reopened, false)) AS resolved_first_time,
       count(*) FILTER (WHERE t.reopened) AS reopened
FROM tickets t
JOIN p ON t.opened_at >= p.from_ts - INTERVAL 90 DAY AND t.opened_at < p.until_ts
JOIN customers c ON c.customer_id = t.customer_id
WHERE t.opened_at >= TIMESTAMPTZ '{from}' - INTERVAL 90 DAY AND t.opened_at < TIMESTAMPTZ '{until}'
GROUP BY ALL

-- query: onboarding (success within the target, days to complete) of the customers acquired in the period
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last)),
progress AS (
    SELECT customer_id,
           count(*) FILTER (WHERE required) AS required,
           count(*) FILTER (WHERE required AND completed_at IS NOT NULL) AS completed,
           max(CAST(completed_at AS DATE)) FILTER (WHERE required) AS last_day
    FROM onboarding
    GROUP BY customer_id
)
SELECT p.label, {segment} AS segment_value,
       count(*) AS customers,
       count(*) FILTER (WHERE required > 0 AND completed = required) AS completed,
       avg(last_day - c.signup_date) FILTER (WHERE required > 0 AND completed = required) AS mean_days
FROM progress o
JOIN customers c ON c.customer_id = o.customer_id
JOIN p ON c.signup_date BETWEEN p.first AND p.last
GROUP BY ALL

-- query: education (courses and certifications to date)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last))
SELECT p.label, {segment} AS segment_value,
       count(DISTINCT e.customer_id) AS customers,
       count(DISTINCT e.customer_id) FILTER (WHERE e.kind = 'certification') AS certified,
       count(DISTINCT (e.customer_id, e.course)) AS courses
FROM education e
JOIN p ON e.completed_at < p.until_ts
JOIN customers c ON c.customer_id = e.customer_id
WHERE e.completed_at < TIMESTAMPTZ '{until}'
GROUP BY ALL

-- query: community (activities and members, shares and invitations)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last))
SELECT p.label, {segment} AS segment_value,
       count(*) AS activities,
       count(DISTINCT m.customer_id) AS members,
       count(*) FILTER (WHERE m.activity IN ('share', 'invite')) AS shares
FROM community m
JOIN p ON m.occurred_at >= p.from_ts AND m.occurred_at < p.until_ts
JOIN customers c ON c.customer_id = m.customer_id
WHERE m.occurred_at >= TIMESTAMPTZ '{from}' AND m.occurred_at < TIMESTAMPTZ '{until}'
GROUP BY ALL

-- query: referrals (referrers, prospects named, conversions, by channel)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last))
SELECT p.label, {segment} AS segment_value, r.channel,
       count(*) AS referrals,
       count(*) FILTER (WHERE r.converted_customer_id IS NOT NULL) AS converted,
       count(DISTINCT r.referrer_customer_id) AS referrers
FROM referrals r
JOIN p ON r.referred_at >= p.from_ts AND r.referred_at < p.until_ts
JOIN customers c ON c.customer_id = r.referrer_customer_id
WHERE r.referred_at >= TIMESTAMPTZ '{from}' AND r.referred_at < TIMESTAMPTZ '{until}'
GROUP BY ALL

-- query: loyalty (members, points earned and redeemed)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last))
SELECT p.label, {segment} AS segment_value, l.type,
       count(DISTINCT l.customer_id) FILTER (WHERE l.occurred_at >= p.from_ts) AS customers,
       count(DISTINCT l.customer_id) AS customers_to_date,
       sum(abs(l.points)) FILTER (WHERE l.occurred_at >= p.from_ts) AS points
FROM loyalty l
JOIN p ON l.occurred_at < p.until_ts
JOIN customers c ON c.customer_id = l.customer_id
WHERE l.occurred_at < TIMESTAMPTZ '{until}'
GROUP BY ALL

-- query: social mentions (mentions, reach, by channel)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last))
SELECT p.label, {segment} AS segment_value, m.channel,
       count(*) AS mentions,
       count(DISTINCT m.customer_id) AS customers,
       sum(m.likes) AS likes,
       sum(m.shares) AS shares,
       sum(m.comments) AS comments
FROM social m
JOIN p ON m.posted_at >= p.from_ts AND m.posted_at < p.until_ts
LEFT JOIN customers c ON c.customer_id = m.customer_id
WHERE m.posted_at >= TIMESTAMPTZ '{from}' AND m.posted_at < TIMESTAMPTZ '{until}'
GROUP BY ALL

-- query: costs (spread over the days of the period, by category and tag)
WITH p AS (SELECT * FROM (VALUES {periods}) AS p(label, from_ts, until_ts, first, last))
SELECT p.label, k.category, k.segment_attribute, k.segment_value,
       sum(k.amount * (least(k.period_end, p.last) - greatest(k.period_start, p.first) + 1)
           / (k.period_end - k.period_start + 1)) AS amount
FROM costs k
JOIN p ON k.period_start <= p.last AND k.period_end >= p.first
GROUP BY ALL
