-- Responses answered within the period to surveys of one type, counted per survey and score.
SELECT {segment} AS segment_value,
       s.survey_id,
       s.touchpoint,
       s.scale_min,
       s.scale_max,
       s.satisfied_threshold,
       r.score,
       count(*) AS responses
FROM survey_responses r
JOIN surveys s ON s.survey_id = r.survey_id
JOIN customers c ON c.customer_id = r.customer_id
{segment_join}
{filter_join}
WHERE s.type = {type}
  AND {filter}
  AND r.answered_at >= TIMESTAMPTZ '{from}'
  AND r.answered_at < TIMESTAMPTZ '{until}'
GROUP BY ALL
