--liquibase formatted sql

--changeset segmint:publishing-create-table-publish-error
--comment: raw provider responses of failed publish attempts, kept apart from the post's own state
CREATE TABLE publish_error (
    id                       BIGSERIAL       PRIMARY KEY,
    platform_post_id         INT             NOT NULL,
    platform_post_created_at TIMESTAMPTZ     NOT NULL,
    attempt                  INT             NOT NULL,
    error_kind               post_error_kind NOT NULL,
    http_status              INT             NULL,
    response_headers         JSONB           NULL,
    response_body            TEXT            NULL,
    occurred_at              TIMESTAMPTZ     NOT NULL DEFAULT now(),
    CONSTRAINT publish_error_platform_post_fkey FOREIGN KEY (platform_post_id, platform_post_created_at)
        REFERENCES platform_post (id, created_at) ON UPDATE CASCADE ON DELETE CASCADE
);
--rollback DROP TABLE publish_error;

--changeset segmint:publishing-create-index-publish-error-platform-post-id
CREATE INDEX publish_error_platform_post_id_idx ON publish_error (platform_post_id);
--rollback DROP INDEX publish_error_platform_post_id_idx;

--changeset segmint:publishing-grant-publish-error-app
GRANT SELECT, INSERT, UPDATE, DELETE ON publish_error TO segmint_app;
GRANT USAGE, SELECT ON SEQUENCE publish_error_id_seq TO segmint_app;
--rollback REVOKE USAGE, SELECT ON SEQUENCE publish_error_id_seq FROM segmint_app;
--rollback REVOKE SELECT, INSERT, UPDATE, DELETE ON publish_error FROM segmint_app;

--changeset segmint:publishing-grant-publish-error-readonly
GRANT SELECT ON publish_error TO segmint_readonly;
--rollback REVOKE SELECT ON publish_error FROM segmint_readonly;
