-- Sessions measured within the period, counted per length: every event with a duration_seconds is one
-- session's length, taken to the millisecond.
SELECT {segment} AS segment_value,
       CAST(e.duration_seconds AS DECIMAL(18, 3)) AS seconds,
       count(*) AS sessions
FROM events e
JOIN customers c ON c.customer_id = e.customer_id
{segment_join}
{filter_join}
WHERE e.duration_seconds IS NOT NULL
  AND e.occurred_at >= TIMESTAMPTZ '{from}'
  AND e.occurred_at < TIMESTAMPTZ '{until}'
  AND {filter}
GROUP BY ALL
