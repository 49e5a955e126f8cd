-- Customers acquired within the period who have any onboarding row, counted per whether any milestone is
-- required and per calendar days (workspace time zone) from signup_date to the completion of the last
-- required milestone; NULL days while a required milestone is not completed, or when none is required.
-- Counted per span, as in engagement_sessions.sql, by the day of signup.
WITH progress AS (
    SELECT customer_id,
           count(*) FILTER (WHERE required) AS required_milestones,
           count(*) FILTER (WHERE required AND completed_at IS NOT NULL) AS required_completed,
           max(CAST(completed_at AS DATE)) FILTER (WHERE required) AS last_required_day
    FROM onboarding
    GROUP BY customer_id
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           {signups_span} AS span,
           c.signup_date,
           p.required_milestones,
           p.required_completed,
           p.last_required_day,
           p.required_milestones > 0 AS has_required,
           CASE
               WHEN p.required_milestones > 0 AND p.required_completed = p.required_milestones
                   THEN date_diff('day', c.signup_date, p.last_required_day)
           END AS days_to_complete
    FROM customers c
    JOIN progress p ON p.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
      AND c.signup_date BETWEEN DATE '{first}' AND DATE '{last}'
)
-- tally
SELECT segment_value, has_required, days_to_complete, count(*) AS customers, span
FROM detail
GROUP BY ALL
