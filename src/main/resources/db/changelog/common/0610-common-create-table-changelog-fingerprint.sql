--liquibase formatted sql

--changeset segmint:common-create-table-changelog-fingerprint
--comment: what the last successful Liquibase update ran and left behind, so that a start with the same changelog on the same applied changesets can skip parsing and validating ~300 changesets; written and read only by the owner role as Liquibase's own tables are
CREATE TABLE changelog_fingerprint (
    changelog    TEXT        PRIMARY KEY,
    files_sha256 TEXT        NOT NULL,
    applied_md5  TEXT        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
--rollback DROP TABLE changelog_fingerprint;

--changeset segmint:common-grant-select-changelog-fingerprint
--comment: nothing secret in it; the application role gets nothing, it must not make a start skip migrations
GRANT SELECT ON changelog_fingerprint TO segmint_readonly;
--rollback REVOKE SELECT ON changelog_fingerprint FROM segmint_readonly;
