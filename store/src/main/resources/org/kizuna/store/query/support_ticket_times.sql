-- Tickets opened within the period, counted per whole seconds from opening to {reached_at} (the first reply
-- or the resolution, as the data stands); tickets that have not reached it count under NULL seconds.
-- Counted per span, as in engagement_sessions.sql.
WITH detail AS (
    SELECT t.ticket_id,
           t.customer_id,
           t.opened_at,
           {segment} AS segment_value,
           {tickets_span} AS span,
           t.{reached_at},
           CAST(round(epoch(t.{reached_at}) - epoch(t.opened_at)) AS BIGINT) AS seconds
    FROM tickets t
    JOIN customers c ON c.customer_id = t.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
      AND t.opened_at >= TIMESTAMPTZ '{from}'
      AND t.opened_at < TIMESTAMPTZ '{until}'
)
-- tally
SELECT segment_value, seconds, count(*) AS tickets, span
FROM detail
GROUP BY ALL
-- In the order the distribution sorts them: one row per second measured makes many rows, cheap here to order.
ORDER BY span, segment_value, seconds
