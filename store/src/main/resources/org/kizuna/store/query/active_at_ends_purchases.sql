-- Each customer's activity on the day before the period's first day and on its last day, in a workspace
-- without subscriptions: a purchase (an order of positive amount) in the {window} days ending on the day, and
-- churned_at after it. Order days are calendar days in the workspace time zone. Customers with no purchase
-- covering either day are left out. The one definition of "active at the start" and "at the end" that every
-- query shares.
SELECT purchases.customer_id,
       purchases.covers_start AND (covered.churned_at IS NULL OR covered.churned_at > DATE '{start}') AS active_at_start,
       purchases.covers_last AND (covered.churned_at IS NULL OR covered.churned_at > DATE '{last}') AS active_at_end
FROM (
    SELECT customer_id,
           bool_or(day > DATE '{start}' - {window} AND day <= DATE '{start}') AS covers_start,
           bool_or(day > DATE '{last}' - {window} AND day <= DATE '{last}') AS covers_last
    FROM (SELECT customer_id, CAST(ordered_at AS DATE) AS day FROM orders WHERE amount > 0)
    WHERE day > DATE '{start}' - {window} AND day <= DATE '{last}'
    GROUP BY customer_id
) purchases
JOIN customers covered ON covered.customer_id = purchases.customer_id
