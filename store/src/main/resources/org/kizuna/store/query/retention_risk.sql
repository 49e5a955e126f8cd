-- Customers active at the period's start (on the day before its first day; active_at_ends_*.sql), by their
-- churn-risk signals before its first day and whether they are active on its last day. Signals: an NPS answer
-- below {detractor_below} or a ticket opened and marked reopened from {signals_from} on, and any product event
-- from {usage_from} on, both before {from}.
WITH ends AS (
{ends}
),
detractors AS (
    SELECT DISTINCT r.customer_id
    FROM survey_responses r
    JOIN surveys s ON s.survey_id = r.survey_id
    WHERE s.type = 'nps'
      AND r.score < {detractor_below}
      AND r.answered_at >= TIMESTAMPTZ '{signals_from}'
      AND r.answered_at < TIMESTAMPTZ '{from}'
),
reopened AS (
    SELECT DISTINCT customer_id
    FROM tickets
    WHERE reopened AND opened_at >= TIMESTAMPTZ '{signals_from}' AND opened_at < TIMESTAMPTZ '{from}'
),
users AS (
    SELECT DISTINCT customer_id
    FROM events
    WHERE occurred_at >= TIMESTAMPTZ '{usage_from}' AND occurred_at < TIMESTAMPTZ '{from}'
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           detractors.customer_id IS NOT NULL AS detractor,
           reopened.customer_id IS NOT NULL AS reopened_ticket,
           users.customer_id IS NOT NULL AS recent_usage,
           ends.active_at_end
    FROM customers c
    JOIN ends ON ends.customer_id = c.customer_id
    LEFT JOIN detractors ON detractors.customer_id = c.customer_id
    LEFT JOIN reopened ON reopened.customer_id = c.customer_id
    LEFT JOIN users ON users.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE ends.active_at_start
      AND {filter}
)
-- tally
SELECT segment_value, detractor, reopened_ticket, recent_usage, active_at_end, count(*) AS customers
FROM detail
GROUP BY ALL
