-- Each customer's activity at the period's start (on the day before its first day) and on its last day
-- (active_at_ends_*.sql), whether it was active on at least one day of the period (active_during_*.sql),
-- and whether it was acquired in the period (signup_date within it).
WITH ends AS (
{ends}
),
active AS (
{active}
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           coalesce(ends.active_at_start, false) AS active_at_start,
           coalesce(ends.active_at_end, false) AS active_at_end,
           active.customer_id IS NOT NULL AS active_during,
           c.signup_date BETWEEN DATE '{first}' AND DATE '{last}' AS acquired
    FROM customers c
    LEFT JOIN ends ON ends.customer_id = c.customer_id
    LEFT JOIN active ON active.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
)
-- tally
SELECT segment_value, active_at_start, active_at_end, active_during, acquired, count(*) AS customers
FROM detail
GROUP BY ALL
