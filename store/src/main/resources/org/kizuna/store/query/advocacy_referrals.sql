-- Referral rows made in the period, counted by whether they name a prospect (or the customer it became) and
-- whether they converted, in the referrer's segment (or the referral's channel).
WITH detail AS (
    SELECT r.referral_id,
           r.referrer_customer_id AS customer_id,
           r.referred_at,
           {segment} AS segment_value,
           r.prospect_id,
           r.converted_customer_id,
           r.prospect_id IS NOT NULL OR r.converted_customer_id IS NOT NULL AS names_prospect,
           r.converted_customer_id IS NOT NULL AS converted
    FROM referrals r
    JOIN customers c ON c.customer_id = r.referrer_customer_id
    {segment_join}
    {filter_join}
    WHERE r.referred_at >= TIMESTAMPTZ '{from}'
      AND r.referred_at < TIMESTAMPTZ '{until}'
      AND {filter}
)
-- tally
SELECT segment_value, names_prospect, converted, count(*) AS referrals
FROM detail
GROUP BY ALL
