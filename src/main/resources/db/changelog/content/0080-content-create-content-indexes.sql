--liquibase formatted sql

--changeset segmint:content-create-index-user-id-created-at
--comment: the spec's multi-column index for a user's content in time order (also serves the foreign key)
CREATE INDEX content_user_id_created_at_idx ON content (user_id, created_at);
--rollback DROP INDEX content_user_id_created_at_idx;

--changeset segmint:content-create-index-search-vector
--comment: the spec's GIN full-text index, over the weighted title and body
CREATE INDEX content_search_vector_idx ON content USING gin (search_vector);
--rollback DROP INDEX content_search_vector_idx;

--changeset segmint:content-create-index-user-id-title
--comment: the spec's covering index: SELECT title FROM content WHERE user_id = ? is an index-only scan
CREATE INDEX content_user_id_title_idx ON content (user_id) INCLUDE (title);
--rollback DROP INDEX content_user_id_title_idx;
