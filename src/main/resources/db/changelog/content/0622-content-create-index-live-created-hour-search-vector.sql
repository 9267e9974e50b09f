--liquibase formatted sql

--changeset segmint:content-create-index-live-created-hour-search-vector
--comment: the words of live contents by hour, for search (content_search_page): a word in a few percent of the rows is looked up within the newest hours, so the index itself keeps only the recent matches and the heap is read for those alone (measured on 1M rows: 3.4-4.5 ms for a word in 0.5 % against 9.5 ms through content_search_vector_idx)
CREATE INDEX content_live_created_hour_search_vector_idx ON content
    USING gin (created_hour, search_vector) WHERE deleted_at IS NULL;
--rollback DROP INDEX content_live_created_hour_search_vector_idx;
