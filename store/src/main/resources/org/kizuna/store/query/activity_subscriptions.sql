-- Each customer's activity at the period's start (on the day before its first day) and on its last day,
-- for workspaces with subscriptions: active on a day that one of its subscription rows covers
-- (start_date inclusive, end_date exclusive), unless its churned_at is on or before that day. Active
-- during the period: active on at least one of its days, as active_during_subscriptions.sql decides.
WITH coverage AS (
    SELECT customer_id,
           bool_or(start_date <= DATE '{start}' AND (end_date IS NULL OR end_date > DATE '{start}')) AS covers_start,
           bool_or(start_date <= DATE '{last}' AND (end_date IS NULL OR end_date > DATE '{last}')) AS covers_last
    FROM subscriptions
    WHERE start_date <= DATE '{last}' AND (end_date IS NULL OR end_date > DATE '{start}')
    GROUP BY customer_id
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           coalesce(coverage.covers_start, false) AND (c.churned_at IS NULL OR c.churned_at > DATE '{start}') AS active_at_start,
           coalesce(coverage.covers_last, false) AND (c.churned_at IS NULL OR c.churned_at > DATE '{last}') AS active_at_end,
           active.customer_id IS NOT NULL AS active_during,
           c.signup_date BETWEEN DATE '{first}' AND DATE '{last}' AS acquired
    FROM customers c
    LEFT JOIN coverage ON coverage.customer_id = c.customer_id
    LEFT JOIN ({active}) active ON active.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
)
-- tally
SELECT segment_value, active_at_start, active_at_end, active_during, acquired, count(*) AS customers
FROM detail
GROUP BY ALL
