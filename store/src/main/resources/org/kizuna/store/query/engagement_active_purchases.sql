-- The customers active on at least one day of the period, for workspaces without subscriptions: a purchase
-- (an order of positive amount) in the {window} days ending on a day of it, before any churned_at. The same
-- rule as activity_purchases.sql, per customer.
SELECT purchases.customer_id
FROM (
    SELECT customer_id, min(greatest(CAST(ordered_at AS DATE), DATE '{first}')) AS first_covered
    FROM orders
    WHERE amount > 0
      AND CAST(ordered_at AS DATE) > DATE '{first}' - {window}
      AND CAST(ordered_at AS DATE) <= DATE '{last}'
    GROUP BY customer_id
) purchases
JOIN customers active_customer ON active_customer.customer_id = purchases.customer_id
WHERE active_customer.churned_at IS NULL OR active_customer.churned_at > purchases.first_covered
