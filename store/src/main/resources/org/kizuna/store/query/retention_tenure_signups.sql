-- Customers' lives up to the period's last day, for workspaces with neither subscriptions nor orders, counted
-- per number of days: from signup_date to churned_at, or through the last day when churned_at is after it.
WITH lives AS (
    SELECT {segment} AS segment_value,
           c.signup_date AS started,
           c.churned_at IS NULL OR c.churned_at > DATE '{last}' AS still_active,
           c.churned_at AS ended
    FROM customers c
    {segment_join}
    {filter_join}
    WHERE c.signup_date <= DATE '{last}'
      AND {filter}
)
SELECT segment_value,
       still_active,
       greatest(CASE WHEN still_active THEN DATE '{last}' + 1 ELSE ended END - started, 0) AS days,
       count(*) AS customers
FROM lives
GROUP BY ALL
