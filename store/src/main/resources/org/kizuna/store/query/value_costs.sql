-- The part of each cost row whose days fall in the period: its amount × its days within the period / all its
-- days (period_start to period_end, both inclusive), kept to 6 decimals, summed per category and tag. A tag
-- counts only when it has a value and names a customer attribute of the workspace (a contract column, a
-- derived attribute or an imported custom one, never a row attribute); any other cost is untagged. Costs
-- belong to no customer: neither a breakdown nor a filter applies here.
WITH overlapping AS (
    SELECT period_start,
           period_end,
           category,
           segment_value IS NOT NULL
               AND (segment_attribute IN ({customer_attributes})
                    OR (segment_attribute IN (SELECT attribute FROM customer_attributes)
                        AND segment_attribute NOT IN ({row_attributes}))) AS tagged,
           segment_attribute,
           segment_value,
           amount,
           least(period_end, DATE '{last}') - greatest(period_start, DATE '{first}') + 1 AS days_in_period,
           period_end - period_start + 1 AS days
    FROM costs
    WHERE period_start <= DATE '{last}'
      AND period_end >= DATE '{first}'
),
detail AS (
    SELECT period_start,
           period_end,
           category,
           segment_attribute AS tag_attribute,
           segment_value AS tag_value,
           tagged,
           amount,
           days_in_period,
           days,
           CAST(amount * days_in_period / days AS DECIMAL(38, 6)) AS amount_in_period
    FROM overlapping
)
-- tally
SELECT category,
       CASE WHEN tagged THEN tag_attribute END AS tag_attribute,
       CASE WHEN tagged THEN tag_value END AS tag_value,
       count(*) AS costs,
       sum(amount_in_period) AS amount
FROM detail
GROUP BY ALL
