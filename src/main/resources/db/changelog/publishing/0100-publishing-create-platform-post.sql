--liquibase formatted sql

--changeset segmint:publishing-create-type-post-status
--comment: publishing holds a lease; unknown is an outcome that must be reconciled, never retried blindly
CREATE TYPE post_status AS ENUM ('draft', 'scheduled', 'publishing', 'posted', 'failed', 'unknown');
--rollback DROP TYPE post_status;

--changeset segmint:publishing-create-type-post-error-kind
CREATE TYPE post_error_kind AS ENUM ('auth', 'bad_request', 'rate_limited', 'transient', 'unknown_outcome');
--rollback DROP TYPE post_error_kind;

--changeset segmint:publishing-create-table-platform-post
--comment: one row per publish target, partitioned monthly by created_at, so the primary key includes created_at. The rollback also drops partitions detached by detach_platform_post_partitions(), which outlive the parent.
CREATE TABLE platform_post (
    id                SERIAL          NOT NULL,
    content_id        INT             NOT NULL REFERENCES content (id) ON DELETE CASCADE,
    platform_id       INT             NOT NULL REFERENCES platform (id) ON DELETE CASCADE,
    social_profile_id INT             NULL REFERENCES social_profile (id) ON DELETE SET NULL,
    scheduled_time    TIMESTAMPTZ     NOT NULL,
    status            post_status     NOT NULL DEFAULT 'draft',
    text_variant      TEXT            NULL,
    media             JSONB           NOT NULL DEFAULT '[]',
    attempts          INT             NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ     NULL,
    lease_until       TIMESTAMPTZ     NULL,
    claimed_by        TEXT            NULL,
    idempotency_key   UUID            NOT NULL DEFAULT gen_random_uuid(),
    remote_id         TEXT            NULL,
    remote_url        TEXT            NULL,
    error_kind        post_error_kind NULL,
    error_message     TEXT            NULL,
    posted_at         TIMESTAMPTZ     NULL,
    created_at        TIMESTAMPTZ     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at        TIMESTAMPTZ     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version           INT             NOT NULL DEFAULT 0,
    CONSTRAINT platform_post_pkey PRIMARY KEY (id, created_at),
    CONSTRAINT platform_post_attempts_check CHECK (attempts >= 0),
    CONSTRAINT platform_post_posted_at_check CHECK (status <> 'posted' OR posted_at IS NOT NULL),
    CONSTRAINT platform_post_lease_check CHECK (status <> 'publishing' OR lease_until IS NOT NULL),
    CONSTRAINT platform_post_media_check CHECK (jsonb_typeof(media) = 'array')
) PARTITION BY RANGE (created_at);
--rollback DO 'DECLARE archived record;
--rollback BEGIN
--rollback     FOR archived IN
--rollback         SELECT c.relname FROM pg_catalog.pg_class c
--rollback         WHERE c.relnamespace = ''segmint''::regnamespace AND c.relkind = ''r'' AND NOT c.relispartition
--rollback           AND c.relname ~ ''^platform_post_y[0-9]{4}m[0-9]{2}$''
--rollback     LOOP
--rollback         EXECUTE format(''DROP TABLE segmint.%I'', archived.relname);
--rollback     END LOOP;
--rollback END';
--rollback DROP TABLE platform_post;

--changeset segmint:publishing-create-partition-platform-post-default
--comment: catches rows of a month whose partition does not exist yet; ensure_platform_post_partitions() moves them out
CREATE TABLE platform_post_default PARTITION OF platform_post DEFAULT;
--rollback DROP TABLE platform_post_default;

--changeset segmint:publishing-create-index-platform-post-due
--comment: the spec's partial index: the dispatcher scans only scheduled posts, by time
CREATE INDEX platform_post_due_idx ON platform_post (scheduled_time) WHERE status = 'scheduled';
--rollback DROP INDEX platform_post_due_idx;

--changeset segmint:publishing-create-index-platform-post-content-id
CREATE INDEX platform_post_content_id_idx ON platform_post (content_id);
--rollback DROP INDEX platform_post_content_id_idx;

--changeset segmint:publishing-create-index-platform-post-stuck-lease
--comment: recovery of posts whose publisher died while holding the lease
CREATE INDEX platform_post_lease_idx ON platform_post (status, lease_until) WHERE status = 'publishing';
--rollback DROP INDEX platform_post_lease_idx;

--changeset segmint:publishing-create-index-platform-post-social-profile-id
--comment: supports ON DELETE SET NULL from social_profile
CREATE INDEX platform_post_social_profile_id_idx ON platform_post (social_profile_id);
--rollback DROP INDEX platform_post_social_profile_id_idx;

--changeset segmint:publishing-create-trigger-platform-post-set-updated-at
CREATE TRIGGER platform_post_set_updated_at
    BEFORE UPDATE ON platform_post
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--rollback DROP TRIGGER platform_post_set_updated_at ON platform_post;

--changeset segmint:publishing-create-trigger-platform-post-bump-version
CREATE TRIGGER platform_post_bump_version
    BEFORE UPDATE ON platform_post
    FOR EACH ROW EXECUTE FUNCTION bump_version();
--rollback DROP TRIGGER platform_post_bump_version ON platform_post;

--changeset segmint:publishing-grant-platform-post-app
--comment: granted on the parent only: the application never reaches a partition directly, so row-level security always applies
GRANT SELECT, INSERT, UPDATE, DELETE ON platform_post TO segmint_app;
GRANT USAGE, SELECT ON SEQUENCE platform_post_id_seq TO segmint_app;
--rollback REVOKE USAGE, SELECT ON SEQUENCE platform_post_id_seq FROM segmint_app;
--rollback REVOKE SELECT, INSERT, UPDATE, DELETE ON platform_post FROM segmint_app;

--changeset segmint:publishing-grant-platform-post-readonly
GRANT SELECT ON platform_post TO segmint_readonly;
--rollback REVOKE SELECT ON platform_post FROM segmint_readonly;
