-- Interactions within the period on the channels outside the product, per channel and segment value: tickets
-- opened (support), community activities (community) and mentions attributed to a customer (social), with the
-- customers that had any. Counted per span, as in engagement_sessions.sql.
WITH interactions AS (
    SELECT {tickets_span} AS span, customer_id, 'support' AS channel, opened_at AS occurred_at,
           ticket_id AS interaction_id, CAST(NULL AS VARCHAR) AS activity
    FROM tickets
    WHERE opened_at >= TIMESTAMPTZ '{from}' AND opened_at < TIMESTAMPTZ '{until}'
    UNION ALL
    SELECT {community_span}, customer_id, 'community', occurred_at, NULL, activity
    FROM community
    WHERE occurred_at >= TIMESTAMPTZ '{from}' AND occurred_at < TIMESTAMPTZ '{until}'
    UNION ALL
    SELECT {social_span}, customer_id, 'social', posted_at, mention_id, NULL
    FROM social
    WHERE customer_id IS NOT NULL AND posted_at >= TIMESTAMPTZ '{from}' AND posted_at < TIMESTAMPTZ '{until}'
),
detail AS (
    SELECT i.customer_id, {segment} AS segment_value, i.span, i.channel, i.occurred_at, i.interaction_id,
           i.activity
    FROM interactions i
    JOIN customers c ON c.customer_id = i.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
)
-- tally
SELECT segment_value, channel, sum(interactions) AS interactions, count(*) AS customers, span
FROM (SELECT segment_value, span, channel, customer_id, count(*) AS interactions FROM detail GROUP BY ALL)
GROUP BY ALL
