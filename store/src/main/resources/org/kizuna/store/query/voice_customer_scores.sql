-- Per customer, the responses it answered within the period to surveys of the given types: their number and
-- the sum of their scores per survey type and scale.
SELECT {segment} AS segment_value,
       r.customer_id,
       s.type,
       s.scale_min,
       s.scale_max,
       sum(r.score) AS score_sum,
       count(*) AS responses
FROM survey_responses r
JOIN surveys s ON s.survey_id = r.survey_id
JOIN customers c ON c.customer_id = r.customer_id
{segment_join}
{filter_join}
WHERE s.type IN ({types})
  AND {filter}
  AND r.answered_at >= TIMESTAMPTZ '{from}'
  AND r.answered_at < TIMESTAMPTZ '{until}'
GROUP BY ALL
