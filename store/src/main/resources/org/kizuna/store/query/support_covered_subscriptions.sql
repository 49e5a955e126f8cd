-- For workspaces with subscriptions: each customer's first day within the period that one of its
-- subscription rows covers (start_date inclusive, end_date exclusive), as activity_subscriptions.sql finds it.
SELECT customer_id,
       min(greatest(start_date, DATE '{first}')) AS first_covered
FROM subscriptions
WHERE start_date <= DATE '{last}' AND (end_date IS NULL OR end_date > DATE '{first}')
GROUP BY customer_id
