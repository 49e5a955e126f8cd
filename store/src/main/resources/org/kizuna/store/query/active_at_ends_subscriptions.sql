-- Each customer's activity on the day before the period's first day and on its last day, in a workspace with
-- subscriptions: a subscription row covers the day (start_date inclusive, end_date exclusive) and churned_at
-- is after it. Customers with no row covering either day are left out. The one definition of "active at the
-- start" and "at the end" that every query shares.
SELECT coverage.customer_id,
       coverage.covers_start AND (covered.churned_at IS NULL OR covered.churned_at > DATE '{start}') AS active_at_start,
       coverage.covers_last AND (covered.churned_at IS NULL OR covered.churned_at > DATE '{last}') AS active_at_end
FROM (
    SELECT customer_id,
           bool_or(start_date <= DATE '{start}' AND (end_date IS NULL OR end_date > DATE '{start}')) AS covers_start,
           bool_or(start_date <= DATE '{last}' AND (end_date IS NULL OR end_date > DATE '{last}')) AS covers_last
    FROM subscriptions
    WHERE start_date <= DATE '{last}' AND (end_date IS NULL OR end_date > DATE '{start}')
    GROUP BY customer_id
) coverage
JOIN customers covered ON covered.customer_id = coverage.customer_id
