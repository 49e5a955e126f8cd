-- Loyalty points that moved in the period, per segment value and row type, as absolute values (a row
-- without points counts 0). Counted per span, as in engagement_sessions.sql.
WITH detail AS (
    SELECT l.customer_id,
           l.occurred_at,
           {segment} AS segment_value,
           {loyalty_span} AS span,
           l.type,
           l.points
    FROM loyalty l
    JOIN customers c ON c.customer_id = l.customer_id
    {segment_join}
    {filter_join}
    WHERE l.occurred_at >= TIMESTAMPTZ '{from}'
      AND l.occurred_at < TIMESTAMPTZ '{until}'
      AND {filter}
)
-- tally
SELECT segment_value, type, coalesce(sum(abs(points)), 0) AS points, span
FROM detail
GROUP BY ALL
