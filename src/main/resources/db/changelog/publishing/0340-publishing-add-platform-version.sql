--liquibase formatted sql

--changeset segmint:publishing-add-platform-updated-at-version
--comment: admins edit the catalog through the API: optimistic locking (ETag, If-Match) needs a version, as every other editable table has
ALTER TABLE platform
    ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ADD COLUMN version    INT         NOT NULL DEFAULT 0;
--rollback ALTER TABLE platform DROP COLUMN version, DROP COLUMN updated_at;

--changeset segmint:publishing-create-trigger-platform-set-updated-at
CREATE TRIGGER platform_set_updated_at
    BEFORE UPDATE ON platform
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--rollback DROP TRIGGER platform_set_updated_at ON platform;

--changeset segmint:publishing-create-trigger-platform-bump-version
CREATE TRIGGER platform_bump_version
    BEFORE UPDATE ON platform
    FOR EACH ROW EXECUTE FUNCTION bump_version();
--rollback DROP TRIGGER platform_bump_version ON platform;
