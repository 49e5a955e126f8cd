-- Product usage within the period per customer, summed per segment value: events; sessions (distinct session
-- ids of the customer, each event without one a session of its own); prompted sessions (any of their events
-- has a prompted_by) and those prompted by an email; and the customers with any event, with a self-initiated
-- session and with an email-prompted session. Counted per span: the query may cover several periods one
-- after another, each event counted in the one its time falls in (span 0 when it is one period).
WITH detail AS (
    SELECT e.customer_id,
           {segment} AS segment_value,
           {events_span} AS span,
           count(*) AS events,
           count(DISTINCT e.session_id) + count(*) FILTER (WHERE e.session_id IS NULL) AS sessions,
           count(DISTINCT e.session_id) FILTER (WHERE e.prompted_by IS NOT NULL)
               + count(*) FILTER (WHERE e.session_id IS NULL AND e.prompted_by IS NOT NULL) AS prompted_sessions,
           count(DISTINCT e.session_id) FILTER (WHERE lower(e.prompted_by) = 'email')
               + count(*) FILTER (WHERE e.session_id IS NULL AND lower(e.prompted_by) = 'email') AS email_sessions
    FROM events e
    JOIN customers c ON c.customer_id = e.customer_id
    {segment_join}
    {filter_join}
    WHERE e.occurred_at >= TIMESTAMPTZ '{from}'
      AND e.occurred_at < TIMESTAMPTZ '{until}'
      AND {filter}
    GROUP BY ALL
)
-- tally
SELECT segment_value,
       count(*) AS customers,
       sum(events) AS events,
       sum(sessions) AS sessions,
       sum(prompted_sessions) AS prompted_sessions,
       count(*) FILTER (WHERE sessions > prompted_sessions) AS self_initiated_customers,
       sum(email_sessions) AS email_sessions,
       count(*) FILTER (WHERE email_sessions > 0) AS email_customers,
       span
FROM detail
GROUP BY span, segment_value
