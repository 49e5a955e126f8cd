-- Customers' lives up to the period's last day, for workspaces with subscriptions, counted per number of
-- days: from the first subscription's start_date to the first day no longer active, the earlier of churned_at
-- and the end of the last coverage (end_date is exclusive), or through the last day when a subscription row
-- covers it and churned_at is after it. Rows starting after the last day are not yet part of any life.
WITH coverage AS (
    SELECT customer_id,
           min(start_date) AS started,
           bool_or(end_date IS NULL OR end_date > DATE '{last}') AS covers_last,
           max(coalesce(end_date, DATE '{last}' + 1)) AS coverage_end
    FROM subscriptions
    WHERE start_date <= DATE '{last}'
    GROUP BY customer_id
),
lives AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           coverage.started,
           coverage.covers_last AND (c.churned_at IS NULL OR c.churned_at > DATE '{last}') AS still_active,
           least(c.churned_at, coverage.coverage_end) AS ended
    FROM customers c
    JOIN coverage ON coverage.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
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
