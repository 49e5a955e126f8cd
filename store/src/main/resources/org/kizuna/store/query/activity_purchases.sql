-- Each customer's activity at the period's start (on the day before its first day) and on its last day,
-- for workspaces without subscriptions: active on day d after a purchase (an order of positive amount)
-- in the {window} days ending on d, unless its churned_at is on or before d. Active during the period:
-- active on at least one of its days, as active_during_purchases.sql decides. Order days are calendar
-- days in the workspace time zone.
WITH purchases AS (
    SELECT customer_id,
           bool_or(day > DATE '{start}' - {window} AND day <= DATE '{start}') AS covers_start,
           bool_or(day > DATE '{last}' - {window} AND day <= DATE '{last}') AS covers_last
    FROM (SELECT customer_id, CAST(ordered_at AS DATE) AS day FROM orders WHERE amount > 0)
    WHERE day > DATE '{start}' - {window} AND day <= DATE '{last}'
    GROUP BY customer_id
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           coalesce(purchases.covers_start, false) AND (c.churned_at IS NULL OR c.churned_at > DATE '{start}') AS active_at_start,
           coalesce(purchases.covers_last, false) AND (c.churned_at IS NULL OR c.churned_at > DATE '{last}') AS active_at_end,
           active.customer_id IS NOT NULL AS active_during,
           c.signup_date BETWEEN DATE '{first}' AND DATE '{last}' AS acquired
    FROM customers c
    LEFT JOIN purchases ON purchases.customer_id = c.customer_id
    LEFT JOIN ({active}) active ON active.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
)
-- tally
SELECT segment_value, active_at_start, active_at_end, active_during, acquired, count(*) AS customers
FROM detail
GROUP BY ALL
