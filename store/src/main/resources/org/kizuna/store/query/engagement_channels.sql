-- Interactions within the period on the channels outside the product, per channel and segment value: tickets
-- opened (support), community activities (community) and mentions attributed to a customer (social), with the
-- customers that had any.
WITH interactions AS (
    SELECT customer_id, 'support' AS channel FROM tickets
    WHERE opened_at >= TIMESTAMPTZ '{from}' AND opened_at < TIMESTAMPTZ '{until}'
    UNION ALL
    SELECT customer_id, 'community' FROM community
    WHERE occurred_at >= TIMESTAMPTZ '{from}' AND occurred_at < TIMESTAMPTZ '{until}'
    UNION ALL
    SELECT customer_id, 'social' FROM social
    WHERE customer_id IS NOT NULL AND posted_at >= TIMESTAMPTZ '{from}' AND posted_at < TIMESTAMPTZ '{until}'
),
per_customer AS (
    SELECT {segment} AS segment_value, i.channel, i.customer_id, count(*) AS interactions
    FROM interactions i
    JOIN customers c ON c.customer_id = i.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
    GROUP BY ALL
)
SELECT segment_value, channel, sum(interactions) AS interactions, count(*) AS customers
FROM per_customer
GROUP BY ALL
