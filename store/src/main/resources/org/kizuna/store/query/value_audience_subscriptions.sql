-- Every customer, per value of a cost tag's attribute (the segment value; null without one), counted by
-- whether the request's filter keeps it, whether it was acquired in the period and whether it was active
-- during it, for workspaces with subscriptions. Active during the period as activity_subscriptions.sql judges
-- it: a subscription row covers one of its days before churned_at. The filter is a column here, not a
-- condition, so that a filtered base's share of a cost is measured against all customers.
WITH coverage AS (
    SELECT customer_id,
           min(greatest(start_date, DATE '{first}')) AS first_covered
    FROM subscriptions
    WHERE start_date <= DATE '{last}' AND (end_date IS NULL OR end_date > DATE '{first}')
    GROUP BY customer_id
)
SELECT {segment} AS segment_value,
       coalesce(({filter}), false) AS kept,
       c.signup_date BETWEEN DATE '{first}' AND DATE '{last}' AS acquired,
       coverage.first_covered IS NOT NULL
           AND (c.churned_at IS NULL OR c.churned_at > coverage.first_covered) AS active_during,
       count(*) AS customers
FROM customers c
LEFT JOIN coverage ON coverage.customer_id = c.customer_id
{segment_join}
{filter_join}
GROUP BY ALL
