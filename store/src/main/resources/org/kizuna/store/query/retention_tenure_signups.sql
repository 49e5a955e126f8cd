-- Customers' lives up to the period's last day, for workspaces with neither subscriptions nor orders, counted
-- per number of days: from signup_date to churned_at, or through the last day when churned_at is after it.
WITH lives AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           c.signup_date AS started,
           c.churned_at IS NULL OR c.churned_at > DATE '{last}' AS still_active,
           c.churned_at AS ended
    FROM customers c
    {segment_join}
    {filter_join}
    WHERE c.signup_date <= DATE '{last}'
      AND {filter}
),
detail AS (
    SELECT l.customer_id,
           l.segment_value,
           l.started,
           l.still_active,
           CASE WHEN NOT l.still_active THEN l.ended END AS ended,
           greatest(CASE WHEN l.still_active THEN DATE '{last}' + 1 ELSE l.ended END - l.started, 0) AS days
    FROM lives l
)
-- tally
SELECT segment_value, still_active, days, count(*) AS customers
FROM detail
GROUP BY ALL
