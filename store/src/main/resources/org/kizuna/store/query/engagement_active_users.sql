-- Users and customers with an event on the days of each span, a closed range of days given as (span, first,
-- last) rows, per segment value: distinct users and customers, user-days and customer-days (each user or
-- customer once a day) and repeat users (active on two or more days of the span). A user is a (customer_id,
-- user_id) pair; days are calendar days in the workspace time zone. One pass over the events of all spans.
WITH detail AS MATERIALIZED (
    SELECT DISTINCT e.customer_id, e.user_id, {day} AS day, {segment} AS segment_value
    FROM events e
    JOIN customers c ON c.customer_id = e.customer_id
    {segment_join}
    {filter_join}
    WHERE e.occurred_at >= TIMESTAMPTZ '{from}'
      AND e.occurred_at < TIMESTAMPTZ '{until}'
      AND {filter}
)
-- tally
SELECT * FROM (
    WITH spanned AS MATERIALIZED (
        SELECT s.span, d.segment_value, d.customer_id, d.user_id, d.day
        FROM detail d
        -- Each span's days as rows: an equality join, many times faster than the range join it stands for.
        JOIN (
            SELECT span, CAST(unnest(generate_series(first, last, INTERVAL 1 DAY)) AS DATE) AS day
            FROM (VALUES {spans}) AS s(span, first, last)
        ) s ON s.day = d.day
    ),
    users AS (
        SELECT span, segment_value,
               count(*) AS users,
               sum(days) AS user_days,
               count(*) FILTER (WHERE days >= 2) AS repeat_users
        FROM (SELECT span, segment_value, customer_id, user_id, count(*) AS days FROM spanned GROUP BY ALL)
        GROUP BY ALL
    ),
    accounts AS (
        SELECT span, segment_value, count(*) AS customers, sum(days) AS customer_days
        FROM (SELECT span, segment_value, customer_id, count(DISTINCT day) AS days FROM spanned GROUP BY ALL)
        GROUP BY ALL
    )
    SELECT u.segment_value, u.span, u.users, u.user_days, u.repeat_users, a.customers, a.customer_days
    FROM users u
    JOIN accounts a ON a.span = u.span AND a.segment_value IS NOT DISTINCT FROM u.segment_value
)
