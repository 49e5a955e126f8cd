-- The people who may use a workspace through the web and its API. Passwords and API tokens are stored only
-- as hashes: a password as a salted, slow hash (bcrypt) written by the web module, a token as the SHA-256
-- of its random secret, which is enough for a secret of 256 random bits and lets a token be found by its hash.

CREATE TABLE accounts (
    username VARCHAR NOT NULL PRIMARY KEY,
    password_hash VARCHAR NOT NULL,
    role VARCHAR NOT NULL CHECK (role IN ('admin', 'analyst', 'viewer')),
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE api_tokens (
    token_id VARCHAR NOT NULL PRIMARY KEY,
    token_hash VARCHAR NOT NULL UNIQUE,
    username VARCHAR NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
