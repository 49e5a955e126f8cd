-- Orders placed within the period, per segment value, kind and recurring flag (an unmarked order is not
-- recurring): how many, how many without a gross margin, their summed amount, and the summed amount and
-- gross margin of those carrying a margin. Counted per span, as in engagement_sessions.sql.
WITH detail AS (
    SELECT o.order_id,
           o.customer_id,
           o.ordered_at,
           {segment} AS segment_value,
           {orders_span} AS span,
           o.kind,
           coalesce(o.recurring, false) AS recurring,
           o.amount,
           o.gross_margin
    FROM orders o
    JOIN customers c ON c.customer_id = o.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
      AND o.ordered_at >= TIMESTAMPTZ '{from}'
      AND o.ordered_at < TIMESTAMPTZ '{until}'
)
-- tally
SELECT segment_value,
       kind,
       recurring,
       count(*) AS orders,
       count(*) FILTER (WHERE gross_margin IS NULL) AS orders_without_margin,
       sum(amount) AS revenue,
       coalesce(sum(amount) FILTER (WHERE gross_margin IS NOT NULL), 0) AS margined_revenue,
       coalesce(sum(gross_margin), 0) AS margin,
       span
FROM detail
GROUP BY ALL
