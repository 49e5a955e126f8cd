-- Every customer, per value of a cost tag's attribute (the segment value; null without one), counted by
-- whether the request's filter keeps it, whether it was acquired in the period and whether it was active
-- during it, for workspaces without subscriptions. Active during the period as activity_purchases.sql judges
-- it: a purchase (an order of positive amount) within the {window} days ending on one of its days, before
-- churned_at. The filter is a column here, not a condition, so that a filtered base's share of a cost is
-- measured against all customers.
WITH purchases AS (
    SELECT customer_id,
           min(greatest(day, DATE '{first}')) AS first_covered
    FROM (SELECT customer_id, CAST(ordered_at AS DATE) AS day FROM orders WHERE amount > 0)
    WHERE day > DATE '{first}' - {window} AND day <= DATE '{last}'
    GROUP BY customer_id
)
SELECT {segment} AS segment_value,
       coalesce(({filter}), false) AS kept,
       c.signup_date BETWEEN DATE '{first}' AND DATE '{last}' AS acquired,
       purchases.first_covered IS NOT NULL
           AND (c.churned_at IS NULL OR c.churned_at > purchases.first_covered) AS active_during,
       count(*) AS customers
FROM customers c
LEFT JOIN purchases ON purchases.customer_id = c.customer_id
{segment_join}
{filter_join}
GROUP BY ALL
