-- Sessions measured within the period, counted per length: every event with a duration_seconds is one
-- session's length, taken to the millisecond. Counted per span, as in engagement_sessions.sql.
WITH detail AS (
    SELECT e.customer_id,
           e.user_id,
           e.session_id,
           e.occurred_at,
           {segment} AS segment_value,
           {events_span} AS span,
           CAST(e.duration_seconds AS DECIMAL(18, 3)) AS seconds
    FROM events e
    JOIN customers c ON c.customer_id = e.customer_id
    {segment_join}
    {filter_join}
    WHERE e.duration_seconds IS NOT NULL
      AND e.occurred_at >= TIMESTAMPTZ '{from}'
      AND e.occurred_at < TIMESTAMPTZ '{until}'
      AND {filter}
)
-- tally
SELECT segment_value, seconds, count(*) AS sessions, span
FROM detail
GROUP BY ALL
