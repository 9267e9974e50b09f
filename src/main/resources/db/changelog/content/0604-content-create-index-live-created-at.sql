--liquibase formatted sql

--changeset segmint:content-create-index-live-created-at-id
--comment: live contents newest first, for search (content_search_page): a query that matches a large share of the table finds its newest matches by walking this index backwards instead of reading every match, and pages past them by (created_at, id)
CREATE INDEX content_live_created_at_id_idx ON content (created_at, id) WHERE deleted_at IS NULL;
--rollback DROP INDEX content_live_created_at_id_idx;
