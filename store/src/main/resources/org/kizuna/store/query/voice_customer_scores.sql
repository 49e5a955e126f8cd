-- Per customer, the responses it answered within the period to surveys of the given types: their number and
-- the sum of their scores per survey type and scale. Counted per span, as in engagement_sessions.sql.
WITH detail AS (
    SELECT r.response_id,
           r.customer_id,
           r.answered_at,
           {segment} AS segment_value,
           {responses_span} AS span,
           s.survey_id,
           s.type,
           s.scale_min,
           s.scale_max,
           r.score
    FROM survey_responses r
    JOIN surveys s ON s.survey_id = r.survey_id
    JOIN customers c ON c.customer_id = r.customer_id
    {segment_join}
    {filter_join}
    WHERE s.type IN ({types})
      AND {filter}
      AND r.answered_at >= TIMESTAMPTZ '{from}'
      AND r.answered_at < TIMESTAMPTZ '{until}'
)
-- tally
SELECT segment_value, customer_id, type, scale_min, scale_max, sum(score) AS score_sum, count(*) AS responses, span
FROM detail
GROUP BY ALL
