--liquibase formatted sql

--changeset segmint:publishing-create-type-media-kind
CREATE TYPE media_kind AS ENUM ('image', 'video');
--rollback DROP TYPE media_kind;

--changeset segmint:publishing-create-table-media
--comment: an uploaded file, named on disk by its random id; the type is detected from the bytes at upload, never taken from the client. Rows are never updated, so there is no updated_at or version.
CREATE TABLE media (
    id         UUID        NOT NULL DEFAULT gen_random_uuid(),
    owner_id   INT         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       media_kind  NOT NULL,
    mime_type  VARCHAR(32) NOT NULL,
    size_bytes BIGINT      NOT NULL,
    sha256     CHAR(64)    NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT media_pkey PRIMARY KEY (id),
    CONSTRAINT media_mime_type_check CHECK (
        (kind = 'image' AND mime_type IN ('image/jpeg', 'image/png', 'image/gif', 'image/webp'))
        OR (kind = 'video' AND mime_type IN ('video/mp4', 'video/quicktime'))
    ),
    CONSTRAINT media_size_bytes_check CHECK (size_bytes > 0),
    CONSTRAINT media_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
--rollback DROP TABLE media;

--changeset segmint:publishing-create-index-media-owner-id
--comment: supports the owner's listing and ON DELETE CASCADE from users
CREATE INDEX media_owner_id_idx ON media (owner_id, created_at);
--rollback DROP INDEX media_owner_id_idx;

--changeset segmint:publishing-grant-media-app
GRANT SELECT, INSERT, DELETE ON media TO segmint_app;
--rollback REVOKE SELECT, INSERT, DELETE ON media FROM segmint_app;

--changeset segmint:publishing-grant-media-readonly
GRANT SELECT ON media TO segmint_readonly;
--rollback REVOKE SELECT ON media FROM segmint_readonly;

--changeset segmint:publishing-enable-rls-media
ALTER TABLE media ENABLE ROW LEVEL SECURITY;
ALTER TABLE media FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE media NO FORCE ROW LEVEL SECURITY;
--rollback ALTER TABLE media DISABLE ROW LEVEL SECURITY;

--changeset segmint:publishing-create-policy-media-select
--comment: the owner only; admins and jobs (the public file endpoint, the dispatcher) see every row
CREATE POLICY media_select ON media FOR SELECT
    USING (owner_id = app_user_id() OR is_privileged());
--rollback DROP POLICY media_select ON media;

--changeset segmint:publishing-create-policy-media-insert
CREATE POLICY media_insert ON media FOR INSERT
    WITH CHECK (owner_id = app_user_id());
--rollback DROP POLICY media_insert ON media;

--changeset segmint:publishing-create-policy-media-delete
CREATE POLICY media_delete ON media FOR DELETE
    USING (owner_id = app_user_id() OR is_privileged());
--rollback DROP POLICY media_delete ON media;

--changeset segmint:publishing-create-policy-media-readonly-select
CREATE POLICY media_readonly_select ON media FOR SELECT TO segmint_readonly
    USING (true);
--rollback DROP POLICY media_readonly_select ON media;

--changeset segmint:publishing-create-trigger-media-audit
CREATE TRIGGER media_audit
    AFTER INSERT OR UPDATE OR DELETE ON media
    FOR EACH ROW EXECUTE FUNCTION audit_row();
--rollback DROP TRIGGER media_audit ON media;
