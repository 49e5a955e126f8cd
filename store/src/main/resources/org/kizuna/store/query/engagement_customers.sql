-- The customers active during the period (by subscription or by purchase, as the workspace judges activity),
-- each ranked among all of them on four components: sessions (an event without a session id is a
-- session of its own), distinct features used, community activities plus mentions attributed to it, and
-- tickets opened, all within the period. A rank is told as how many of those customers have a strictly lower
-- value (ties share the lowest rank); ranks are taken over every active customer in scope, before any
-- breakdown, and summed per segment value with the components, seats and users of the seated customers.
-- Counted per span: the query may cover several periods one after another, the active customers given for
-- each, every activity counted in the period its time falls in and every rank taken within its period (span
-- 0 when it is one period).
WITH active AS (
    {active}
),
usage AS (
    SELECT {events_span} AS span,
           customer_id,
           count(DISTINCT session_id) + count(*) FILTER (WHERE session_id IS NULL) AS sessions,
           count(DISTINCT feature) AS features,
           count(DISTINCT user_id) AS users
    FROM events
    WHERE occurred_at >= TIMESTAMPTZ '{from}' AND occurred_at < TIMESTAMPTZ '{until}'
    GROUP BY ALL
),
social_activity AS (
    SELECT span, customer_id, count(*) AS activities
    FROM (
        SELECT {community_span} AS span, customer_id FROM community
        WHERE occurred_at >= TIMESTAMPTZ '{from}' AND occurred_at < TIMESTAMPTZ '{until}'
        UNION ALL
        SELECT {social_span} AS span, customer_id FROM social
        WHERE customer_id IS NOT NULL AND posted_at >= TIMESTAMPTZ '{from}' AND posted_at < TIMESTAMPTZ '{until}'
    )
    GROUP BY ALL
),
requests AS (
    SELECT {tickets_span} AS span, customer_id, count(*) AS tickets
    FROM tickets
    WHERE opened_at >= TIMESTAMPTZ '{from}' AND opened_at < TIMESTAMPTZ '{until}'
    GROUP BY ALL
),
components AS (
    SELECT a.span,
           c.customer_id,
           {segment} AS segment_value,
           coalesce(c.seats, 0) AS seats,
           coalesce(u.users, 0) AS users,
           coalesce(u.sessions, 0) AS sessions,
           coalesce(u.features, 0) AS features,
           coalesce(s.activities, 0) AS social_activities,
           coalesce(r.tickets, 0) AS tickets
    FROM customers c
    JOIN active a ON a.customer_id = c.customer_id
    LEFT JOIN usage u ON u.span = a.span AND u.customer_id = c.customer_id
    LEFT JOIN social_activity s ON s.span = a.span AND s.customer_id = c.customer_id
    LEFT JOIN requests r ON r.span = a.span AND r.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
),
detail AS (
    SELECT *,
           rank() OVER (PARTITION BY span ORDER BY sessions) - 1 AS sessions_below,
           rank() OVER (PARTITION BY span ORDER BY features) - 1 AS features_below,
           rank() OVER (PARTITION BY span ORDER BY social_activities) - 1 AS social_below,
           rank() OVER (PARTITION BY span ORDER BY tickets) - 1 AS tickets_below
    FROM components
)
-- tally
SELECT segment_value,
       count(*) AS customers,
       sum(sessions) AS sessions,
       sum(features) AS features,
       sum(social_activities) AS social_activities,
       sum(tickets) AS tickets,
       sum(sessions_below) AS sessions_below,
       sum(features_below) AS features_below,
       sum(social_below) AS social_below,
       sum(tickets_below) AS tickets_below,
       count(*) FILTER (WHERE seats > 0) AS seated_customers,
       coalesce(sum(seats) FILTER (WHERE seats > 0), 0) AS seats,
       coalesce(sum(users) FILTER (WHERE seats > 0), 0) AS seated_users,
       span
FROM detail
GROUP BY span, segment_value
