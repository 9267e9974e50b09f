--liquibase formatted sql

--changeset segmint:users-create-table-social-profile
--comment: a connected social account; tokens hold application-encrypted ciphertext (Tink AEAD), never plaintext
CREATE TABLE social_profile (
    id                 SERIAL PRIMARY KEY,
    user_id            INT             NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    platform           social_platform NOT NULL REFERENCES platform (code),
    profile_handle     VARCHAR(100)    NOT NULL,
    access_token       TEXT            NOT NULL,
    refresh_token      TEXT            NULL,
    expires_at         TIMESTAMPTZ     NOT NULL,
    refresh_expires_at TIMESTAMPTZ     NULL,
    needs_reconnect    BOOLEAN         NOT NULL DEFAULT false,
    created_at         TIMESTAMPTZ     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at         TIMESTAMPTZ     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at         TIMESTAMPTZ     NULL,
    version            INT             NOT NULL DEFAULT 0,
    CONSTRAINT social_profile_access_token_check CHECK (access_token <> ''),
    CONSTRAINT social_profile_refresh_token_check CHECK (refresh_token <> ''),
    CONSTRAINT social_profile_profile_handle_check CHECK (btrim(profile_handle) <> '')
);
--rollback DROP TABLE social_profile;

--changeset segmint:users-create-index-social-profile-handle
--comment: one live connection per account handle and platform for a user
CREATE UNIQUE INDEX social_profile_user_id_platform_profile_handle_key
    ON social_profile (user_id, platform, profile_handle) WHERE deleted_at IS NULL;
--rollback DROP INDEX social_profile_user_id_platform_profile_handle_key;

--changeset segmint:users-create-index-social-profile-user-id
--comment: row-level security filters and the cascade from users look profiles up by user, deleted or not
CREATE INDEX social_profile_user_id_idx ON social_profile (user_id);
--rollback DROP INDEX social_profile_user_id_idx;

--changeset segmint:users-create-index-social-profile-platform
--comment: supports the foreign key to platform(code) and lookups by platform
CREATE INDEX social_profile_platform_idx ON social_profile (platform);
--rollback DROP INDEX social_profile_platform_idx;

--changeset segmint:users-create-trigger-social-profile-set-updated-at
CREATE TRIGGER social_profile_set_updated_at
    BEFORE UPDATE ON social_profile
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--rollback DROP TRIGGER social_profile_set_updated_at ON social_profile;

--changeset segmint:users-create-trigger-social-profile-bump-version
CREATE TRIGGER social_profile_bump_version
    BEFORE UPDATE ON social_profile
    FOR EACH ROW EXECUTE FUNCTION bump_version();
--rollback DROP TRIGGER social_profile_bump_version ON social_profile;

--changeset segmint:users-grant-social-profile-app
GRANT SELECT, INSERT, UPDATE, DELETE ON social_profile TO segmint_app;
GRANT USAGE, SELECT ON SEQUENCE social_profile_id_seq TO segmint_app;
--rollback REVOKE USAGE, SELECT ON SEQUENCE social_profile_id_seq FROM segmint_app;
--rollback REVOKE SELECT, INSERT, UPDATE, DELETE ON social_profile FROM segmint_app;

--changeset segmint:users-grant-social-profile-readonly
--comment: analytics never sees the tokens
GRANT SELECT (id, user_id, platform, profile_handle, expires_at, refresh_expires_at, needs_reconnect, created_at, updated_at, deleted_at, version) ON social_profile TO segmint_readonly;
--rollback REVOKE SELECT (id, user_id, platform, profile_handle, expires_at, refresh_expires_at, needs_reconnect, created_at, updated_at, deleted_at, version) ON social_profile FROM segmint_readonly;
