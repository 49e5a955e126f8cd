-- Every customer, per value of a cost tag's attribute (the segment value; null without one), counted by
-- whether the request's filter keeps it, whether it was acquired in the period and whether it was active
-- during it (active_during_*.sql). The filter is a column here, not a condition, so that a filtered base's
-- share of a cost is measured against all customers. Counted per span, as in engagement_sessions.sql: every
-- customer once in each period.
WITH active AS (
{active}
),
spans AS (
{spans}
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           spans.span,
           coalesce(({filter}), false) AS kept,
           c.signup_date BETWEEN spans.first AND spans.last AS acquired,
           active.customer_id IS NOT NULL AS active_during
    FROM customers c
    CROSS JOIN spans
    LEFT JOIN active ON active.span = spans.span AND active.customer_id = c.customer_id
    {segment_join}
    {filter_join}
)
-- tally
SELECT segment_value, kept, acquired, active_during, count(*) AS customers, span
FROM detail
GROUP BY ALL
