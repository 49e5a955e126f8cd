-- Every customer, per value of a cost tag's attribute (the segment value; null without one), counted by
-- whether the request's filter keeps it, whether it was acquired in the period and whether it was active
-- during it (active_during_*.sql). The filter is a column here, not a condition, so that a filtered base's
-- share of a cost is measured against all customers.
WITH active AS (
{active}
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           coalesce(({filter}), false) AS kept,
           c.signup_date BETWEEN DATE '{first}' AND DATE '{last}' AS acquired,
           active.customer_id IS NOT NULL AS active_during
    FROM customers c
    LEFT JOIN active ON active.customer_id = c.customer_id
    {segment_join}
    {filter_join}
)
-- tally
SELECT segment_value, kept, acquired, active_during, count(*) AS customers
FROM detail
GROUP BY ALL
