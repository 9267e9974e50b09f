--liquibase formatted sql

--changeset segmint:users-create-table-refresh-token
--comment: login sessions: one row per issued refresh token, kept only as its SHA-256 hash; a rotation adds a row to the same family
CREATE TABLE refresh_token (
    id         BIGSERIAL   PRIMARY KEY,
    user_id    INT         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id  UUID        NOT NULL,
    token_hash BYTEA       NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    used_at    TIMESTAMPTZ NULL,
    revoked_at TIMESTAMPTZ NULL,
    CONSTRAINT refresh_token_token_hash_key UNIQUE (token_hash),
    CONSTRAINT refresh_token_token_hash_check CHECK (octet_length(token_hash) = 32)
);
--rollback DROP TABLE refresh_token;

--changeset segmint:users-create-index-refresh-token-user-id
--comment: revoking all of a user's sessions, row-level security and the cascade from users look tokens up by user
CREATE INDEX refresh_token_user_id_idx ON refresh_token (user_id);
--rollback DROP INDEX refresh_token_user_id_idx;

--changeset segmint:users-create-index-refresh-token-family-id
--comment: reuse of a rotated token revokes its whole family
CREATE INDEX refresh_token_family_id_idx ON refresh_token (family_id);
--rollback DROP INDEX refresh_token_family_id_idx;

--changeset segmint:users-grant-refresh-token-app
GRANT SELECT, INSERT, UPDATE, DELETE ON refresh_token TO segmint_app;
GRANT USAGE, SELECT ON SEQUENCE refresh_token_id_seq TO segmint_app;
--rollback REVOKE USAGE, SELECT ON SEQUENCE refresh_token_id_seq FROM segmint_app;
--rollback REVOKE SELECT, INSERT, UPDATE, DELETE ON refresh_token FROM segmint_app;

--changeset segmint:users-grant-refresh-token-readonly
--comment: analytics may count sessions but never sees a token hash
GRANT SELECT (id, user_id, family_id, expires_at, created_at, used_at, revoked_at) ON refresh_token TO segmint_readonly;
--rollback REVOKE SELECT (id, user_id, family_id, expires_at, created_at, used_at, revoked_at) ON refresh_token FROM segmint_readonly;

--changeset segmint:users-enable-rls-refresh-token
ALTER TABLE refresh_token ENABLE ROW LEVEL SECURITY;
ALTER TABLE refresh_token FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE refresh_token NO FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE refresh_token DISABLE ROW LEVEL SECURITY;

--changeset segmint:users-create-policy-refresh-token-owner
CREATE POLICY refresh_token_owner ON refresh_token FOR ALL
    USING (user_id = app_user_id() OR is_privileged())
    WITH CHECK (user_id = app_user_id() OR is_privileged());
--rollback DROP POLICY refresh_token_owner ON refresh_token;

--changeset segmint:users-create-policy-refresh-token-readonly-select
CREATE POLICY refresh_token_readonly_select ON refresh_token FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY refresh_token_readonly_select ON refresh_token;
