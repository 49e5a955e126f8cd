-- Customers with any event naming a feature within the period, per feature and segment value. Counted per
-- span, as in engagement_sessions.sql.
WITH detail AS (
    SELECT e.customer_id,
           {segment} AS segment_value,
           {events_span} AS span,
           e.feature,
           count(*) AS events
    FROM events e
    JOIN customers c ON c.customer_id = e.customer_id
    {segment_join}
    {filter_join}
    WHERE e.feature IS NOT NULL
      AND e.occurred_at >= TIMESTAMPTZ '{from}'
      AND e.occurred_at < TIMESTAMPTZ '{until}'
      AND {filter}
    GROUP BY ALL
)
-- tally
SELECT segment_value, feature, count(DISTINCT customer_id) AS customers, span
FROM detail
GROUP BY ALL
