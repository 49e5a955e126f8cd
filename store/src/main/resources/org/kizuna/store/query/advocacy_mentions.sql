-- Social media mentions posted in the period per segment value and channel, with their reactions (a missing
-- count is 0). A mention without a customer (or whose customer is unknown) has no customer attribute:
-- {customerless} makes its segment value null, except when the breakdown is by the mention's own channel.
WITH detail AS (
    SELECT s.mention_id,
           s.customer_id,
           s.posted_at,
           CASE WHEN {customerless} THEN NULL ELSE {segment} END AS segment_value,
           s.channel,
           s.likes,
           s.shares,
           s.comments
    FROM social s
    LEFT JOIN customers c ON c.customer_id = s.customer_id
    {segment_join}
    {filter_join}
    WHERE s.posted_at >= TIMESTAMPTZ '{from}'
      AND s.posted_at < TIMESTAMPTZ '{until}'
      AND {filter}
)
-- tally
SELECT segment_value,
       channel,
       count(*) AS mentions,
       CAST(coalesce(sum(likes), 0) AS BIGINT) AS likes,
       CAST(coalesce(sum(shares), 0) AS BIGINT) AS shares,
       CAST(coalesce(sum(comments), 0) AS BIGINT) AS comments
FROM detail
GROUP BY ALL
