-- The best ranked advocates of each segment value: customers with a referral (naming a prospect or the
-- customer it became), a community activity or a social mention in the period, ranked by referrals,
-- converted referrals, community activities and mentions (descending), ties by customer_id; at most
-- {limit} per segment value, each with how many advocates the value has in all.
WITH referral_use AS (
    SELECT referrer_customer_id AS customer_id,
           count(*) AS referrals,
           count(*) FILTER (WHERE converted_customer_id IS NOT NULL) AS converted
    FROM referrals
    WHERE referred_at >= TIMESTAMPTZ '{from}' AND referred_at < TIMESTAMPTZ '{until}'
      AND (prospect_id IS NOT NULL OR converted_customer_id IS NOT NULL)
    GROUP BY referrer_customer_id
),
community_use AS (
    SELECT customer_id, count(*) AS activities
    FROM community
    WHERE occurred_at >= TIMESTAMPTZ '{from}' AND occurred_at < TIMESTAMPTZ '{until}'
    GROUP BY customer_id
),
mention_use AS (
    SELECT customer_id, count(*) AS mentions
    FROM social
    WHERE customer_id IS NOT NULL
      AND posted_at >= TIMESTAMPTZ '{from}' AND posted_at < TIMESTAMPTZ '{until}'
    GROUP BY customer_id
),
advocates AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           c.name,
           coalesce(r.referrals, 0) AS referrals,
           coalesce(r.converted, 0) AS converted,
           coalesce(u.activities, 0) AS activities,
           coalesce(m.mentions, 0) AS mentions
    FROM customers c
    LEFT JOIN referral_use r ON r.customer_id = c.customer_id
    LEFT JOIN community_use u ON u.customer_id = c.customer_id
    LEFT JOIN mention_use m ON m.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE (r.customer_id IS NOT NULL OR u.customer_id IS NOT NULL OR m.customer_id IS NOT NULL)
      AND {filter}
),
detail AS (
    SELECT *,
           count(*) OVER (PARTITION BY segment_value) AS segment_advocates,
           row_number() OVER (
               PARTITION BY segment_value
               ORDER BY referrals DESC, converted DESC, activities DESC, mentions DESC, customer_id
           ) AS place
    FROM advocates
)
-- tally
SELECT segment_value, segment_advocates, customer_id, name, referrals, converted, activities, mentions
FROM detail
WHERE place <= {limit}
