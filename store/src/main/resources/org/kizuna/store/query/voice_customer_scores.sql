-- The responses answered within the period to surveys of the given types, per customer: their number and the
-- sum of their scores per survey type and scale. Customers whose answers are alike in every type and scale they
-- answered are given once, as one profile with how many customers share it: all a mean over customers needs,
-- in a few thousand rows instead of one set per respondent. Counted per span, as in engagement_sessions.sql.
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
SELECT * FROM (
    WITH answers AS (
        SELECT segment_value, span, customer_id, type, scale_min, scale_max,
               sum(score) AS score_sum, count(*) AS responses
        FROM detail
        GROUP BY ALL
    ),
    profiles AS (
        SELECT segment_value, span, customer_id,
               string_agg(concat_ws(':', type, scale_min, scale_max, score_sum, responses), '|'
                          ORDER BY type, scale_min, scale_max, score_sum, responses) AS profile
        FROM answers
        GROUP BY ALL
    ),
    alike AS (
        SELECT segment_value, span, min(customer_id) AS one, count(*) AS customers
        FROM profiles
        GROUP BY segment_value, span, profile
    )
    -- A profile is named by the first of its customers by id: one name per profile within a segment and span.
    SELECT a.segment_value, l.one AS profile, a.type, a.scale_min, a.scale_max, a.score_sum, a.responses, l.customers,
           a.span
    FROM alike l
    JOIN answers a
      ON a.customer_id = l.one AND a.span = l.span AND a.segment_value IS NOT DISTINCT FROM l.segment_value
)
