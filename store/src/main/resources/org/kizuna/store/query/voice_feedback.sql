-- Customers by whether they were active during the period (active_during_*.sql) and whether they answered a
-- survey in it, with the responses they answered and the invitations they were sent in it.
WITH active AS (
{active}
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
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           active.customer_id IS NOT NULL AS active_during,
           responses.responses IS NOT NULL AS responded,
           coalesce(responses.responses, 0) AS responses,
           coalesce(invitations.invitations, 0) AS invitations
    FROM customers c
    LEFT JOIN active ON active.customer_id = c.customer_id
    LEFT JOIN responses ON responses.customer_id = c.customer_id
    LEFT JOIN invitations ON invitations.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
)
-- tally
SELECT segment_value,
       active_during,
       responded,
       count(*) AS customers,
       CAST(coalesce(sum(responses), 0) AS BIGINT) AS responses,
       CAST(coalesce(sum(invitations), 0) AS BIGINT) AS invitations
FROM detail
GROUP BY ALL
