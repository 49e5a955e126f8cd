-- Customers by whether they were active during the period (active_during_*.sql) and whether they answered a
-- survey in it, with the responses they answered and the invitations they were sent in it. Counted per span,
-- as in engagement_sessions.sql: every customer once in each period.
WITH active AS (
{active}
),
spans AS (
{spans}
),
responses AS (
    SELECT {responses_span} AS span, r.customer_id, count(*) AS responses
    FROM survey_responses r
    WHERE r.answered_at >= TIMESTAMPTZ '{from}' AND r.answered_at < TIMESTAMPTZ '{until}'
    GROUP BY ALL
),
invitations AS (
    SELECT {invitations_span} AS span, i.customer_id, count(*) AS invitations
    FROM survey_invitations i
    WHERE i.sent_at >= TIMESTAMPTZ '{from}' AND i.sent_at < TIMESTAMPTZ '{until}'
    GROUP BY ALL
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           spans.span,
           active.customer_id IS NOT NULL AS active_during,
           responses.responses IS NOT NULL AS responded,
           coalesce(responses.responses, 0) AS responses,
           coalesce(invitations.invitations, 0) AS invitations
    FROM customers c
    CROSS JOIN spans
    LEFT JOIN active ON active.span = spans.span AND active.customer_id = c.customer_id
    LEFT JOIN responses ON responses.span = spans.span AND responses.customer_id = c.customer_id
    LEFT JOIN invitations ON invitations.span = spans.span AND invitations.customer_id = c.customer_id
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
       CAST(coalesce(sum(invitations), 0) AS BIGINT) AS invitations,
       span
FROM detail
GROUP BY ALL
