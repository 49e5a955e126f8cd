-- Orders placed in the period, summed per customer and then per segment value and whether the customer was
-- acquired by referral (referred_by set). Buying customers have an order of positive amount.
WITH per_customer AS (
    SELECT customer_id, count(*) AS orders, sum(amount) AS revenue, bool_or(amount > 0) AS bought
    FROM orders
    WHERE ordered_at >= TIMESTAMPTZ '{from}' AND ordered_at < TIMESTAMPTZ '{until}'
    GROUP BY customer_id
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           c.referred_by,
           c.referred_by IS NOT NULL AS referred,
           p.orders,
           p.revenue,
           p.bought
    FROM customers c
    JOIN per_customer p ON p.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
)
-- tally
SELECT segment_value,
       referred,
       count(*) FILTER (WHERE bought) AS buying_customers,
       CAST(sum(orders) AS BIGINT) AS orders,
       sum(revenue) AS revenue
FROM detail
GROUP BY ALL
