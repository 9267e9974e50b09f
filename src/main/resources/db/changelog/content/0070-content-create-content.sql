--liquibase formatted sql

--changeset segmint:content-create-table-content
--comment: user_id is nullable: the spec's ON DELETE SET NULL keeps content when its author is erased
CREATE TABLE content (
    id            SERIAL PRIMARY KEY,
    user_id       INT          NULL REFERENCES users (id) ON DELETE SET NULL,
    title         VARCHAR(255) NOT NULL,
    body          TEXT         NOT NULL,
    tone          VARCHAR(100) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at    TIMESTAMPTZ  NULL,
    version       INT          NOT NULL DEFAULT 0,
    search_vector TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'B')
    ) STORED,
    CONSTRAINT content_title_check CHECK (btrim(title) <> '')
);
--rollback DROP TABLE content;

--changeset segmint:content-create-trigger-content-set-updated-at
CREATE TRIGGER content_set_updated_at
    BEFORE UPDATE ON content
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--rollback DROP TRIGGER content_set_updated_at ON content;

--changeset segmint:content-create-trigger-content-bump-version
CREATE TRIGGER content_bump_version
    BEFORE UPDATE ON content
    FOR EACH ROW EXECUTE FUNCTION bump_version();
--rollback DROP TRIGGER content_bump_version ON content;

--changeset segmint:content-grant-content-app
GRANT SELECT, INSERT, UPDATE, DELETE ON content TO segmint_app;
GRANT USAGE, SELECT ON SEQUENCE content_id_seq TO segmint_app;
--rollback REVOKE USAGE, SELECT ON SEQUENCE content_id_seq FROM segmint_app;
--rollback REVOKE SELECT, INSERT, UPDATE, DELETE ON content FROM segmint_app;

--changeset segmint:content-grant-content-readonly
GRANT SELECT ON content TO segmint_readonly;
--rollback REVOKE SELECT ON content FROM segmint_readonly;
