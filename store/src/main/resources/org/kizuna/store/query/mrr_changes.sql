-- Each customer's MRR (sum of the subscription rows covering the day, nothing after churned_at) on the start
-- day and the end day, grouped by how it changed. had_before: positive MRR on any day up to the start day.
-- Each customer's MRR is rounded to the currency's minor unit first (converted amounts carry fractions), so
-- that every total is a sum of whole amounts and the movements reconcile exactly as printed.
WITH per_customer AS (
    SELECT customer_id,
           coalesce(sum(mrr) FILTER (WHERE start_date <= DATE '{start}' AND (end_date IS NULL OR end_date > DATE '{start}')), 0) AS start_mrr,
           coalesce(sum(mrr) FILTER (WHERE start_date <= DATE '{end}' AND (end_date IS NULL OR end_date > DATE '{end}')), 0) AS end_mrr,
           coalesce(bool_or(mrr > 0 AND start_date <= DATE '{start}'), false) AS had_before
    FROM subscriptions
    WHERE start_date <= DATE '{end}'
    GROUP BY customer_id
),
detail AS (
    SELECT c.customer_id,
           {segment} AS segment_value,
           CASE WHEN c.churned_at <= DATE '{start}' THEN 0 ELSE round(p.start_mrr, {digits}) END AS start_mrr,
           CASE WHEN c.churned_at <= DATE '{end}' THEN 0 ELSE round(p.end_mrr, {digits}) END AS end_mrr,
           p.had_before
    FROM customers c
    JOIN per_customer p ON p.customer_id = c.customer_id
    {segment_join}
    {filter_join}
    WHERE {filter}
)
-- tally
SELECT segment_value,
       start_mrr > 0 AS start_positive,
       end_mrr > 0 AS end_positive,
       CAST(sign(end_mrr - start_mrr) AS INTEGER) AS direction,
       had_before,
       count(*) AS customers,
       sum(start_mrr) AS start_mrr,
       sum(end_mrr) AS end_mrr
FROM detail
GROUP BY ALL
