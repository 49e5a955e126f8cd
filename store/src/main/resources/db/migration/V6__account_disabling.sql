-- An account can be disabled rather than deleted: it keeps its name and tokens on record but can no longer
-- sign in, and its tokens no longer answer. Null while the account is enabled.

ALTER TABLE accounts ADD COLUMN disabled_at TIMESTAMPTZ;
