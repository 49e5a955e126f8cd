-- For workspaces without subscriptions: each customer's first day within the period that a purchase (an
-- order of positive amount) in the {window} days ending on it covers, as activity_purchases.sql finds it.
SELECT customer_id,
       min(greatest(day, DATE '{first}')) AS first_covered
FROM (SELECT customer_id, CAST(ordered_at AS DATE) AS day FROM orders WHERE amount > 0)
WHERE day > DATE '{first}' - {window} AND day <= DATE '{last}'
GROUP BY customer_id
