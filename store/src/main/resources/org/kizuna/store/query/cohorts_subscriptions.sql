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
followed AS (
    SELECT c.customer_id, c.cohort_start, c.churned_at, m.month_start, m.month_end
    FROM cohort c
    JOIN months m ON m.month_start >= c.cohort_start
),
-- The subscriptions covering each followed month's end, joined on the customer alone so that the database can
-- hash the join; the day conditions are filters over the pairs it finds.
covered AS (
    SELECT f.customer_id, f.month_start, count(*) AS subscriptions, sum(s.mrr) AS mrr
    FROM followed f
    JOIN subscriptions s ON s.customer_id = f.customer_id
    WHERE s.start_date <= f.month_end
      AND (s.end_date IS NULL OR s.end_date > f.month_end)
      AND (f.churned_at IS NULL OR f.churned_at > f.month_end)
    GROUP BY f.customer_id, f.month_start
),
detail AS (
    SELECT f.customer_id, f.cohort_start, f.month_start,
           v.subscriptions IS NOT NULL AS active,
           round(coalesce(v.mrr, 0), {digits}) AS mrr
    FROM followed f
    LEFT JOIN covered v ON v.customer_id = f.customer_id AND v.month_start = f.month_start
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
