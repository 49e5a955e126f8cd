-- Signup cohorts at each month's end, for workspaces without subscriptions: a customer is active on a day
-- after a purchase (an order of positive amount) in the {window} days ending on it, unless its churned_at is
-- on or before it. There is no MRR.
WITH months AS (
    SELECT CAST(m AS DATE) AS month_start, CAST(m + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) AS month_end
    FROM range(DATE '{first}', DATE '{after}', INTERVAL 1 MONTH) AS t(m)
),
cohort AS (
    SELECT customer_id, CAST(date_trunc('month', signup_date) AS DATE) AS cohort_start, churned_at
    FROM customers
    WHERE signup_date >= DATE '{first}' AND signup_date < DATE '{after}'
),
purchases AS (
    SELECT customer_id, CAST(ordered_at AS DATE) AS day FROM orders WHERE amount > 0
),
detail AS (
    SELECT c.customer_id, c.cohort_start, m.month_start,
           count(p.day) > 0 AND (c.churned_at IS NULL OR c.churned_at > m.month_end) AS active
    FROM cohort c
    JOIN months m ON m.month_start >= c.cohort_start
    LEFT JOIN purchases p
           ON p.customer_id = c.customer_id
          AND p.day > m.month_end - {window}
          AND p.day <= m.month_end
    GROUP BY c.customer_id, c.cohort_start, m.month_start, m.month_end, c.churned_at
)
-- tally
SELECT strftime(cohort_start, '%Y-%m') AS cohort,
       CAST(datediff('month', cohort_start, month_start) AS INTEGER) AS months_since_signup,
       count(*) AS customers,
       count_if(active) AS active,
       CAST(NULL AS DECIMAL(18, 4)) AS mrr
FROM detail
GROUP BY ALL
ORDER BY 1, 2
