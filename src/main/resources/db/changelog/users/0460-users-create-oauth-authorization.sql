--liquibase formatted sql

--changeset segmint:users-create-table-oauth-authorization
--comment: an OAuth connect in progress: the state only as its SHA-256 hash, the PKCE code_verifier encrypted (Tink AEAD bound to the state hash); single use, short-lived
CREATE TABLE oauth_authorization (
    id            BIGSERIAL       PRIMARY KEY,
    user_id       INT             NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    platform      social_platform NOT NULL REFERENCES platform (code),
    state_hash    BYTEA           NOT NULL,
    code_verifier TEXT            NOT NULL,
    expires_at    TIMESTAMPTZ     NOT NULL,
    created_at    TIMESTAMPTZ     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    used_at       TIMESTAMPTZ     NULL,
    CONSTRAINT oauth_authorization_state_hash_key UNIQUE (state_hash),
    CONSTRAINT oauth_authorization_state_hash_check CHECK (octet_length(state_hash) = 32),
    CONSTRAINT oauth_authorization_code_verifier_check CHECK (code_verifier <> ''),
    CONSTRAINT oauth_authorization_expires_at_check CHECK (expires_at > created_at)
);
--rollback DROP TABLE oauth_authorization;

--changeset segmint:users-create-index-oauth-authorization-user-id
--comment: row-level security and the cascade from users look authorizations up by user
CREATE INDEX oauth_authorization_user_id_idx ON oauth_authorization (user_id);
--rollback DROP INDEX oauth_authorization_user_id_idx;

--changeset segmint:users-create-index-oauth-authorization-expires-at
--comment: the clean-up deletes expired authorizations by age
CREATE INDEX oauth_authorization_expires_at_idx ON oauth_authorization (expires_at);
--rollback DROP INDEX oauth_authorization_expires_at_idx;

--changeset segmint:users-create-index-oauth-authorization-platform
--comment: supports the foreign key to platform(code)
CREATE INDEX oauth_authorization_platform_idx ON oauth_authorization (platform);
--rollback DROP INDEX oauth_authorization_platform_idx;

--changeset segmint:users-grant-oauth-authorization-app
GRANT SELECT, INSERT, UPDATE, DELETE ON oauth_authorization TO segmint_app;
GRANT USAGE, SELECT ON SEQUENCE oauth_authorization_id_seq TO segmint_app;
--rollback REVOKE USAGE, SELECT ON SEQUENCE oauth_authorization_id_seq FROM segmint_app;
--rollback REVOKE SELECT, INSERT, UPDATE, DELETE ON oauth_authorization FROM segmint_app;

--changeset segmint:users-grant-oauth-authorization-readonly
--comment: analytics may count connect attempts but never sees a state hash or a verifier
GRANT SELECT (id, user_id, platform, expires_at, created_at, used_at) ON oauth_authorization TO segmint_readonly;
--rollback REVOKE SELECT (id, user_id, platform, expires_at, created_at, used_at) ON oauth_authorization FROM segmint_readonly;

--changeset segmint:users-enable-rls-oauth-authorization
ALTER TABLE oauth_authorization ENABLE ROW LEVEL SECURITY;
ALTER TABLE oauth_authorization FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE oauth_authorization NO FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE oauth_authorization DISABLE ROW LEVEL SECURITY;

--changeset segmint:users-create-policy-oauth-authorization-owner
--comment: the callback carries no bearer token: it redeems the state as role system, then acts as the user the state names
CREATE POLICY oauth_authorization_owner ON oauth_authorization FOR ALL
    USING (user_id = app_user_id() OR is_privileged())
    WITH CHECK (user_id = app_user_id() OR is_privileged());
--rollback DROP POLICY oauth_authorization_owner ON oauth_authorization;

--changeset segmint:users-create-policy-oauth-authorization-readonly-select
CREATE POLICY oauth_authorization_readonly_select ON oauth_authorization FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY oauth_authorization_readonly_select ON oauth_authorization;
