-- Signup cohorts at each month's end, for workspaces with subscriptions: a customer is active on a day one of
-- its subscription rows covers, unless its churned_at is on or before it; its MRR that day is rounded to the
-- currency's minor unit before it is added up.
WITH months AS (
    SELECT CAST(m AS DATE) AS month_start, CAST(m + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) AS month_end
    FROM range(DATE '{first}', DATE '{after}', INTERVAL 1 MONTH) AS t(m)
),
cohort AS (
    SELECT customer_id, CAST(date_trunc('month', signup_date) AS DATE) AS cohort_start, churned_at
    FROM customers
    WHERE signup_date >= DATE '{first}' AND signup_date < DATE '{after}'
),
detail AS (
    SELECT c.customer_id, c.cohort_start, m.month_start,
           count(s.subscription_id) > 0 AS active,
           round(coalesce(sum(s.mrr), 0), {digits}) AS mrr
    FROM cohort c
    JOIN months m ON m.month_start >= c.cohort_start
    LEFT JOIN subscriptions s
           ON s.customer_id = c.customer_id
          AND s.start_date <= m.month_end
          AND (s.end_date IS NULL OR s.end_date > m.month_end)
          AND (c.churned_at IS NULL OR c.churned_at > m.month_end)
    GROUP BY c.customer_id, c.cohort_start, m.month_start
)
-- tally
SELECT strftime(cohort_start, '%Y-%m') AS cohort,
       CAST(datediff('month', cohort_start, month_start) AS INTEGER) AS months_since_signup,
       count(*) AS customers,
       count_if(active) AS active,
       sum(mrr) AS mrr
FROM detail
GROUP BY ALL
ORDER BY 1, 2
