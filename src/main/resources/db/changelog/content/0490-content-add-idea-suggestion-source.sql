--liquibase formatted sql

--changeset segmint:content-create-type-idea-source
CREATE TYPE idea_source AS ENUM ('llm', 'builtin', 'creator');
--rollback DROP TYPE idea_source;

--changeset segmint:content-add-idea-suggestion-source
--comment: who wrote the idea; rows from before the engine (and raw SQL inserts) count as the built-in generator's
ALTER TABLE idea_suggestion
    ADD COLUMN source idea_source NOT NULL DEFAULT 'builtin';
--rollback ALTER TABLE idea_suggestion DROP COLUMN source;

--changeset segmint:content-create-index-idea-suggestion-decided
--comment: the creator's profile reads their latest decisions
CREATE INDEX idea_suggestion_decided_idx ON idea_suggestion (content_id, decided_at DESC)
    WHERE status <> 'new';
--rollback DROP INDEX idea_suggestion_decided_idx;
