-- Tickets opened within the period, counted per outcome as the data stands: resolved or not, reopened or
-- not (an empty flag is not reopened), and how they were resolved. Counted per span, as in
-- engagement_sessions.sql.
WITH detail AS (
    SELECT t.ticket_id,
           t.customer_id,
           t.opened_at,
           {segment} AS segment_value,
           {tickets_span} AS span,
           t.resolved_at,
           t.resolved_at IS NOT NULL AS resolved,
           coalesce(t.reopened, false) AS reopened,
           t.resolution
    FROM tickets t
    JOIN customers c ON c.customer_id = t.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
      AND t.opened_at >= TIMESTAMPTZ '{from}'
      AND t.opened_at < TIMESTAMPTZ '{until}'
)
-- tally
SELECT segment_value, resolved, reopened, resolution, count(*) AS tickets, span
FROM detail
GROUP BY ALL
