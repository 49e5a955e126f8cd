-- The customers active during the period in a workspace with subscriptions: a subscription row covers a
-- day of the period (start_date inclusive, end_date exclusive) and churned_at is after the first such day.
-- The one definition of "active during" that every query shares.
SELECT coverage.customer_id
FROM (
    SELECT customer_id, min(greatest(start_date, DATE '{first}')) AS first_covered
    FROM subscriptions
    WHERE start_date <= DATE '{last}' AND (end_date IS NULL OR end_date > DATE '{first}')
    GROUP BY customer_id
) coverage
JOIN customers covered ON covered.customer_id = coverage.customer_id
WHERE covered.churned_at IS NULL OR covered.churned_at > coverage.first_covered
