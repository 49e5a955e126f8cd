-- Customers by whether they were active during the period and whether they answered a survey in it, with the
-- responses they answered and the invitations they were sent in it, for workspaces with subscriptions. Active
-- during the period as activity_subscriptions.sql judges it: on the first day within it that a subscription
-- row covers (start_date inclusive, end_date exclusive), unless churned_at is on or before that day.
WITH coverage AS (
    SELECT customer_id,
           min(greatest(start_date, DATE '{first}')) AS first_covered
    FROM subscriptions
    WHERE start_date <= DATE '{last}' AND (end_date IS NULL OR end_date > DATE '{first}')
    GROUP BY customer_id
),
responses AS (
    SELECT customer_id, count(*) AS responses
    FROM survey_responses
    WHERE answered_at >= TIMESTAMPTZ '{from}' AND answered_at < TIMESTAMPTZ '{until}'
    GROUP BY customer_id
),
invitations AS (
    SELECT customer_id, count(*) AS invitations
    FROM survey_invitations
    WHERE sent_at >= TIMESTAMPTZ '{from}' AND sent_at < TIMESTAMPTZ '{until}'
    GROUP BY customer_id
)
SELECT {segment} AS segment_value,
       coverage.first_covered IS NOT NULL AND (c.churned_at IS NULL OR c.churned_at > coverage.first_covered) AS active_during,
       responses.responses IS NOT NULL AS responded,
       count(*) AS customers,
       CAST(coalesce(sum(responses.responses), 0) AS BIGINT) AS responses,
       CAST(coalesce(sum(invitations.invitations), 0) AS BIGINT) AS invitations
FROM customers c
LEFT JOIN coverage ON coverage.customer_id = c.customer_id
LEFT JOIN responses ON responses.customer_id = c.customer_id
LEFT JOIN invitations ON invitations.customer_id = c.customer_id
{segment_join}
{filter_join}
WHERE {filter}
GROUP BY ALL
