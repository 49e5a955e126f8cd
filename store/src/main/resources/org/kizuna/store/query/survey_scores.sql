-- Responses answered within the period to surveys of one type, counted per survey and score. Counted per
-- span, as in engagement_sessions.sql.
WITH detail AS (
    SELECT r.response_id,
           r.customer_id,
           r.answered_at,
           {segment} AS segment_value,
           {responses_span} AS span,
           s.survey_id,
           s.touchpoint,
           s.scale_min,
           s.scale_max,
           s.satisfied_threshold,
           r.score
    FROM survey_responses r
    JOIN surveys s ON s.survey_id = r.survey_id
    JOIN customers c ON c.customer_id = r.customer_id
    {segment_join}
    {filter_join}
    WHERE s.type = {type}
      AND {filter}
      AND r.answered_at >= TIMESTAMPTZ '{from}'
      AND r.answered_at < TIMESTAMPTZ '{until}'
)
-- tally
SELECT segment_value, survey_id, touchpoint, scale_min, scale_max, satisfied_threshold, score, count(*) AS responses, span
FROM detail
GROUP BY ALL
