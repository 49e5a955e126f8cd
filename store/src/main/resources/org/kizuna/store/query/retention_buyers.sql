-- Customers who made a purchase (an order of positive amount) within the period, by how many they made in it
-- and whether they had made one before it.
WITH purchases AS (
    SELECT customer_id,
           count(*) FILTER (WHERE ordered_at >= TIMESTAMPTZ '{from}') AS orders,
           bool_or(ordered_at < TIMESTAMPTZ '{from}') AS bought_before
    FROM orders
    WHERE amount > 0 AND ordered_at < TIMESTAMPTZ '{until}'
    GROUP BY customer_id
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           p.orders,
           p.bought_before
    FROM customers c
    JOIN purchases p ON p.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE p.orders > 0
      AND {filter}
)
-- tally
SELECT segment_value, orders, bought_before, count(*) AS customers
FROM detail
GROUP BY ALL
