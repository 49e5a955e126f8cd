-- Social media mentions posted in the period per segment value and channel, with their reactions (a missing
-- count is 0). A mention without a customer (or whose customer is unknown) has no customer attribute:
-- {customerless} makes its segment value null, except when the breakdown is by the mention's own channel.
SELECT CASE WHEN {customerless} THEN NULL ELSE {segment} END AS segment_value,
       s.channel,
       count(*) AS mentions,
       CAST(coalesce(sum(s.likes), 0) AS BIGINT) AS likes,
       CAST(coalesce(sum(s.shares), 0) AS BIGINT) AS shares,
       CAST(coalesce(sum(s.comments), 0) AS BIGINT) AS comments
FROM social s
LEFT JOIN customers c ON c.customer_id = s.customer_id
{segment_join}
{filter_join}
WHERE s.posted_at >= TIMESTAMPTZ '{from}'
  AND s.posted_at < TIMESTAMPTZ '{until}'
  AND {filter}
GROUP BY ALL
