-- Customers' lives up to the period's last day, for workspaces without subscriptions, counted per number of
-- days: from the first purchase (an order of positive amount) to the first day no longer active, the earlier
-- of churned_at and the last purchase + {window} days, or through the last day when a purchase in the {window}
-- days ending on it covers it and churned_at is after it. Order days are calendar days in the workspace time
-- zone; purchases after the last day are not yet part of any life.
WITH purchases AS (
    SELECT customer_id, min(day) AS started, max(day) AS last_purchase
    FROM (SELECT customer_id, CAST(ordered_at AS DATE) AS day FROM orders WHERE amount > 0)
    WHERE day <= DATE '{last}'
    GROUP BY customer_id
),
lives AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           purchases.started,
           purchases.last_purchase > DATE '{last}' - {window}
               AND (c.churned_at IS NULL OR c.churned_at > DATE '{last}') AS still_active,
           least(c.churned_at, purchases.last_purchase + {window}) AS ended
    FROM customers c
    JOIN purchases ON purchases.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
),
detail AS (
    SELECT l.customer_id,
           l.segment_value,
           l.started,
           l.still_active,
           CASE WHEN NOT l.still_active THEN l.ended END AS ended,
           greatest(CASE WHEN l.still_active THEN DATE '{last}' + 1 ELSE l.ended END - l.started, 0) AS days
    FROM lives l
)
-- tally
SELECT segment_value, still_active, days, count(*) AS customers
FROM detail
GROUP BY ALL
