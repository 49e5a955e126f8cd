-- Customers active at the period's start (on the day before its first day), by their churn-risk signals
-- before its first day and whether they are active on its last day, for workspaces with subscriptions:
-- active on a day a subscription row covers (start_date inclusive, end_date exclusive), unless churned_at is
-- on or before it. Signals: an NPS answer below {detractor_below} or a ticket opened and marked reopened from
-- {signals_from} on, and any product event from {usage_from} on, both before {from}.
WITH coverage AS (
    SELECT customer_id,
           bool_or(start_date <= DATE '{start}' AND (end_date IS NULL OR end_date > DATE '{start}')) AS covers_start,
           bool_or(start_date <= DATE '{last}' AND (end_date IS NULL OR end_date > DATE '{last}')) AS covers_last
    FROM subscriptions
    WHERE start_date <= DATE '{last}' AND (end_date IS NULL OR end_date > DATE '{start}')
    GROUP BY customer_id
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
)
SELECT {segment} AS segment_value,
       detractors.customer_id IS NOT NULL AS detractor,
       reopened.customer_id IS NOT NULL AS reopened_ticket,
       users.customer_id IS NOT NULL AS recent_usage,
       coverage.covers_last AND (c.churned_at IS NULL OR c.churned_at > DATE '{last}') AS active_at_end,
       count(*) AS customers
FROM customers c
JOIN coverage ON coverage.customer_id = c.customer_id
LEFT JOIN detractors ON detractors.customer_id = c.customer_id
LEFT JOIN reopened ON reopened.customer_id = c.customer_id
LEFT JOIN users ON users.customer_id = c.customer_id
{segment_join}
{filter_join}
WHERE coverage.covers_start
  AND (c.churned_at IS NULL OR c.churned_at > DATE '{start}')
  AND {filter}
GROUP BY ALL
