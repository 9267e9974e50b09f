--liquibase formatted sql

--changeset segmint:publishing-add-platform-post-thread-parts
--comment: an X thread's numbered parts in order, split and validated when it was scheduled; null for a single post (text_variant holds the whole text either way)
ALTER TABLE platform_post ADD COLUMN thread_parts TEXT[] NULL;
ALTER TABLE platform_post ADD CONSTRAINT platform_post_thread_parts_check
    CHECK (thread_parts IS NULL OR (cardinality(thread_parts) >= 2 AND array_position(thread_parts, NULL) IS NULL));
--rollback ALTER TABLE platform_post DROP CONSTRAINT platform_post_thread_parts_check;
--rollback ALTER TABLE platform_post DROP COLUMN thread_parts;
