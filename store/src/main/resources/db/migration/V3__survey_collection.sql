-- Survey collection: surveys created in Kizuna, invitations sent as signed links, answers given through
-- them. What the metrics read stays in the contract tables (surveys, survey_invitations, survey_responses):
-- a collected survey, invitation and answer is a row there like an imported one, so it counts at once.
-- The tables below hold only what collection needs beside them. They do not add columns to the contract
-- tables, because the importer writes every stored column of those from the file and knows only the
-- contract's columns. Rows here are never touched by an import.

-- The question of a survey created in Kizuna, in both languages (surveys.question keeps one of them, in
-- the workspace's language, for everything that reads the contract tables).
CREATE TABLE survey_questions (
    survey_id VARCHAR PRIMARY KEY,
    question_ja VARCHAR NOT NULL,
    question_en VARCHAR NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

-- The people of a customer who can be asked: the data contract knows users only as ids and has no email
-- addresses, so they are loaded here (kizuna survey contacts). Key (customer_id, user_id), kept by the
-- loader like the contract tables' keys.
CREATE TABLE survey_contacts (
    customer_id VARCHAR NOT NULL,
    user_id VARCHAR NOT NULL,
    email VARCHAR,
    name VARCHAR,
    language VARCHAR
);

-- The signed link of an invitation created in Kizuna: until when it may be answered, and to whom and in
-- which language it was sent. Setting expires_at to the past revokes a link.
CREATE TABLE survey_links (
    invitation_id VARCHAR PRIMARY KEY,
    expires_at TIMESTAMPTZ NOT NULL,
    email VARCHAR,
    language VARCHAR NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

-- One answer per link: the key makes a second answer to the same invitation fail inside its transaction,
-- however many answer at once, so exactly one response is stored.
CREATE TABLE survey_link_answers (
    invitation_id VARCHAR PRIMARY KEY,
    response_id VARCHAR NOT NULL,
    answered_at TIMESTAMPTZ NOT NULL
);

-- The workspace's key for signing links (HMAC-SHA256), made on first use. It lives with the data it
-- protects: a copy or backup of the database keeps its links valid, and it never appears in the settings
-- file that people edit and share. Whoever can read this database can read every answer anyway.
CREATE TABLE survey_signing_key (
    key_id INTEGER PRIMARY KEY,
    secret BLOB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
