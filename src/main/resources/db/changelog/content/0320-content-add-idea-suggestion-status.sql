--liquibase formatted sql

--changeset segmint:content-create-type-idea-status
CREATE TYPE idea_status AS ENUM ('new', 'accepted', 'dismissed');
--rollback DROP TYPE idea_status;

--changeset segmint:content-add-idea-suggestion-status
--comment: a suggestion is decided once: accepted (as a new draft or into its content) or dismissed
ALTER TABLE idea_suggestion
    ADD COLUMN status     idea_status NOT NULL DEFAULT 'new',
    ADD COLUMN decided_at TIMESTAMPTZ NULL,
    ADD CONSTRAINT idea_suggestion_decided_at_check CHECK ((status = 'new') = (decided_at IS NULL));
--rollback ALTER TABLE idea_suggestion DROP CONSTRAINT idea_suggestion_decided_at_check, DROP COLUMN decided_at, DROP COLUMN status;
