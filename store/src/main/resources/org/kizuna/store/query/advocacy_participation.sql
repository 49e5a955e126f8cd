-- What each customer did in the period, one pass over each of referrals, community and loyalty, counted per
-- combination of flags: referrals (rows naming a prospect or the customer it became) and those converted,
-- referral rows of any kind, community activities and those of kind share or invite, enrolment by the
-- period's last day, earning or redeeming in it; and whether the customer was active during the period.
-- Customers who did none of these are left out: the activity tally counts them.
WITH active AS (
{active}
),
referral_use AS (
    SELECT referrer_customer_id AS customer_id,
           count(*) FILTER (WHERE prospect_id IS NOT NULL OR converted_customer_id IS NOT NULL) AS referrals,
           count(*) FILTER (WHERE converted_customer_id IS NOT NULL) AS converted,
           count(*) AS rows_made
    FROM referrals
    WHERE referred_at >= TIMESTAMPTZ '{from}' AND referred_at < TIMESTAMPTZ '{until}'
    GROUP BY referrer_customer_id
),
community_use AS (
    SELECT customer_id,
           count(*) AS activities,
           count(*) FILTER (WHERE lower(trim(activity)) IN ('share', 'invite')) AS shares
    FROM community
    WHERE occurred_at >= TIMESTAMPTZ '{from}' AND occurred_at < TIMESTAMPTZ '{until}'
    GROUP BY customer_id
),
loyalty_use AS (
    SELECT customer_id,
           bool_or(type = 'enroll') AS enrolled,
           bool_or(type IN ('earn', 'redeem') AND occurred_at >= TIMESTAMPTZ '{from}') AS earned_or_redeemed
    FROM loyalty
    WHERE occurred_at < TIMESTAMPTZ '{until}'
    GROUP BY customer_id
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           a.customer_id IS NOT NULL AS active_during,
           coalesce(r.referrals, 0) > 0 AS referrer,
           coalesce(r.converted, 0) > 0 AS converting_referrer,
           r.customer_id IS NOT NULL AS referral_programme_user,
           u.customer_id IS NOT NULL AS community_member,
           coalesce(u.shares, 0) > 0 AS community_sharer,
           coalesce(l.enrolled, false) AS loyalty_enrolled,
           coalesce(l.earned_or_redeemed, false) AS loyalty_earner_or_redeemer,
           coalesce(r.referrals, 0) AS referrals,
           coalesce(r.converted, 0) AS converted_referrals,
           coalesce(r.rows_made, 0) AS referral_rows,
           coalesce(u.activities, 0) AS community_activities,
           coalesce(u.shares, 0) AS community_shares
    FROM customers c
    LEFT JOIN active a ON a.customer_id = c.customer_id
    LEFT JOIN referral_use r ON r.customer_id = c.customer_id
    LEFT JOIN community_use u ON u.customer_id = c.customer_id
    LEFT JOIN loyalty_use l ON l.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE (r.customer_id IS NOT NULL OR u.customer_id IS NOT NULL OR l.customer_id IS NOT NULL)
      AND {filter}
)
-- tally
SELECT segment_value,
       active_during,
       referrer,
       converting_referrer,
       referral_programme_user,
       community_member,
       community_sharer,
       loyalty_enrolled,
       loyalty_earner_or_redeemer,
       count(*) AS customers,
       CAST(coalesce(sum(referrals), 0) AS BIGINT) AS referrals,
       CAST(coalesce(sum(converted_referrals), 0) AS BIGINT) AS converted_referrals,
       CAST(coalesce(sum(referral_rows), 0) AS BIGINT) AS referral_rows,
       CAST(coalesce(sum(community_activities), 0) AS BIGINT) AS community_activities,
       CAST(coalesce(sum(community_shares), 0) AS BIGINT) AS community_shares
FROM detail
GROUP BY ALL
