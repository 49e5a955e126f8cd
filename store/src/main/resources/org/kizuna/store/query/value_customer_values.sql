-- Customers acquired on or before the period's last day (signup_date), per segment value and referred flag
-- (referred_by set), with the orders they placed before the end of that day: how many, how many without a
-- gross margin, their summed amount (refunds included) and the summed gross margin of those carrying one.
-- Customers without orders count too.
WITH per_customer AS (
    SELECT customer_id,
           count(*) AS orders,
           count(*) FILTER (WHERE gross_margin IS NULL) AS orders_without_margin,
           sum(amount) AS revenue,
           coalesce(sum(gross_margin), 0) AS margin
    FROM orders
    WHERE ordered_at < TIMESTAMPTZ '{until}'
    GROUP BY customer_id
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           c.signup_date,
           c.referred_by IS NOT NULL AS referred,
           coalesce(o.orders, 0) AS orders,
           coalesce(o.orders_without_margin, 0) AS orders_without_margin,
           coalesce(o.revenue, 0) AS revenue,
           coalesce(o.margin, 0) AS margin
    FROM customers c
    LEFT JOIN per_customer o ON o.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE c.signup_date <= DATE '{last}'
      AND {filter}
)
-- tally
SELECT segment_value,
       referred,
       count(*) AS customers,
       CAST(coalesce(sum(orders), 0) AS BIGINT) AS orders,
       CAST(coalesce(sum(orders_without_margin), 0) AS BIGINT) AS orders_without_margin,
       coalesce(sum(revenue), 0) AS revenue,
       coalesce(sum(margin), 0) AS margin
FROM detail
GROUP BY ALL
