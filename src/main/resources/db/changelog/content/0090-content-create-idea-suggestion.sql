--liquibase formatted sql

--changeset segmint:content-create-table-idea-suggestion
CREATE TABLE idea_suggestion (
    id              SERIAL PRIMARY KEY,
    content_id      INT           NOT NULL REFERENCES content (id) ON DELETE CASCADE,
    suggestion      TEXT          NOT NULL,
    relevance_score NUMERIC(3, 2) NULL,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT idea_suggestion_relevance_score_check CHECK (relevance_score >= 0 AND relevance_score <= 1)
);
--rollback DROP TABLE idea_suggestion;

--changeset segmint:content-create-index-idea-suggestion-content-id
CREATE INDEX idea_suggestion_content_id_idx ON idea_suggestion (content_id);
--rollback DROP INDEX idea_suggestion_content_id_idx;

--changeset segmint:content-grant-idea-suggestion-app
GRANT SELECT, INSERT, UPDATE, DELETE ON idea_suggestion TO segmint_app;
GRANT USAGE, SELECT ON SEQUENCE idea_suggestion_id_seq TO segmint_app;
--rollback REVOKE USAGE, SELECT ON SEQUENCE idea_suggestion_id_seq FROM segmint_app;
--rollback REVOKE SELECT, INSERT, UPDATE, DELETE ON idea_suggestion FROM segmint_app;

--changeset segmint:content-grant-idea-suggestion-readonly
GRANT SELECT ON idea_suggestion TO segmint_readonly;
--rollback REVOKE SELECT ON idea_suggestion FROM segmint_readonly;
