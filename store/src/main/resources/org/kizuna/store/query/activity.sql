-- Each customer's activity at the period's start (on the day before its first day) and on its last day
-- (active_at_ends_*.sql), whether it was active on at least one day of the period (active_during_*.sql),
-- and whether it was acquired in the period (signup_date within it). Counted per span, as in
-- engagement_sessions.sql: every customer once in each period.
WITH ends AS (
{ends}
),
active AS (
{active}
),
spans AS (
{spans}
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           spans.span,
           coalesce(ends.active_at_start, false) AS active_at_start,
           coalesce(ends.active_at_end, false) AS active_at_end,
           active.customer_id IS NOT NULL AS active_during,
           c.signup_date BETWEEN spans.first AND spans.last AS acquired
    FROM customers c
    CROSS JOIN spans
    LEFT JOIN ends ON ends.span = spans.span AND ends.customer_id = c.customer_id
    LEFT JOIN active ON active.span = spans.span AND active.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
)
-- tally
SELECT segment_value, active_at_start, active_at_end, active_during, acquired, count(*) AS customers, span
FROM detail
GROUP BY ALL
