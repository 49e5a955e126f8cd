-- The customers active during the period in a workspace without subscriptions: a purchase (an order of
-- positive amount) in the {window} days ending on a day of the period, and churned_at after the first such
-- day. Order days are calendar days in the workspace time zone. The one definition of "active during" that
-- every query shares.
SELECT purchases.customer_id
FROM (
    SELECT customer_id, min(greatest(day, DATE '{first}')) AS first_covered
    FROM (SELECT customer_id, CAST(ordered_at AS DATE) AS day FROM orders WHERE amount > 0)
    WHERE day > DATE '{first}' - {window} AND day <= DATE '{last}'
    GROUP BY customer_id
) purchases
JOIN customers covered ON covered.customer_id = purchases.customer_id
WHERE covered.churned_at IS NULL OR covered.churned_at > purchases.first_covered
