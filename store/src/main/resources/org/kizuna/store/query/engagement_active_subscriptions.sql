-- The customers active on at least one day of the period, for workspaces with subscriptions: a subscription
-- row covers a day of it (start_date inclusive, end_date exclusive) before any churned_at. The same rule as
-- activity_subscriptions.sql, per customer.
SELECT coverage.customer_id
FROM (
    SELECT customer_id, min(greatest(start_date, DATE '{first}')) AS first_covered
    FROM subscriptions
    WHERE start_date <= DATE '{last}' AND (end_date IS NULL OR end_date > DATE '{first}')
    GROUP BY customer_id
) coverage
JOIN customers active_customer ON active_customer.customer_id = coverage.customer_id
WHERE active_customer.churned_at IS NULL OR active_customer.churned_at > coverage.first_covered
