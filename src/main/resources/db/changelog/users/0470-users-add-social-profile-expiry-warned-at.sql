--liquibase formatted sql

--changeset segmint:users-add-column-social-profile-expiry-warned-at
--comment: when the owner was told that a profile without a refresh token expires soon; cleared by every new token, so the warning goes out once per token
ALTER TABLE social_profile ADD COLUMN expiry_warned_at TIMESTAMPTZ NULL;
--rollback ALTER TABLE social_profile DROP COLUMN expiry_warned_at;

--changeset segmint:users-grant-social-profile-expiry-warned-at-readonly
GRANT SELECT (expiry_warned_at) ON social_profile TO segmint_readonly;
--rollback REVOKE SELECT (expiry_warned_at) ON social_profile FROM segmint_readonly;

--changeset segmint:users-create-index-social-profile-expires-at
--comment: the token refresh job scans live, connected profiles by expiry
CREATE INDEX social_profile_expires_at_idx ON social_profile (expires_at)
    WHERE deleted_at IS NULL AND NOT needs_reconnect;
--rollback DROP INDEX social_profile_expires_at_idx;
