-- Customers active during the period (covered on a day within it, by subscription or purchase as the
-- workspace judges activity, unless their churned_at is on or before the first such day) who completed at
-- least one course or certification before the period's end, counted per whether one is a certification,
-- with their distinct courses (kind course or empty) summed.
WITH active AS (
{active}
),
learning AS (
    SELECT customer_id,
           bool_or(kind = 'certification') AS certified,
           count(DISTINCT course) FILTER (WHERE kind IS DISTINCT FROM 'certification') AS courses
    FROM education
    WHERE completed_at < TIMESTAMPTZ '{until}'
    GROUP BY customer_id
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           coalesce(l.certified, false) AS certified,
           l.courses
    FROM customers c
    JOIN active ON active.customer_id = c.customer_id
    JOIN learning l ON l.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
)
-- tally
SELECT segment_value, certified, CAST(sum(courses) AS BIGINT) AS courses, count(*) AS customers
FROM detail
GROUP BY ALL
