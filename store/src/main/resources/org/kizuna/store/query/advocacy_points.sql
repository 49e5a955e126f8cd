-- Loyalty points that moved in the period, per segment value and row type, as absolute values (a row
-- without points counts 0).
SELECT {segment} AS segment_value,
       l.type,
       coalesce(sum(abs(l.points)), 0) AS points
FROM loyalty l
JOIN customers c ON c.customer_id = l.customer_id
{segment_join}
{filter_join}
WHERE l.occurred_at >= TIMESTAMPTZ '{from}'
  AND l.occurred_at < TIMESTAMPTZ '{until}'
  AND {filter}
GROUP BY ALL
