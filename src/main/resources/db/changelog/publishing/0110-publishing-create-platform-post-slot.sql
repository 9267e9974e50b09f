--liquibase formatted sql

--changeset segmint:publishing-create-table-platform-post-slot
--comment: a unique index cannot span partitions, so this plain table holds the one post per (content, connected profile); kept by a trigger, invisible to the application
CREATE TABLE platform_post_slot (
    content_id        INT         NOT NULL,
    social_profile_id INT         NOT NULL,
    post_id           INT         NOT NULL,
    post_created_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT platform_post_slot_pkey PRIMARY KEY (content_id, social_profile_id),
    CONSTRAINT platform_post_slot_post_fkey FOREIGN KEY (post_id, post_created_at)
        REFERENCES platform_post (id, created_at) ON UPDATE CASCADE ON DELETE CASCADE
);
--rollback DROP TABLE platform_post_slot;

--changeset segmint:publishing-create-index-platform-post-slot-post
--comment: supports the cascade from platform_post and the trigger's lookup by post
CREATE UNIQUE INDEX platform_post_slot_post_key ON platform_post_slot (post_id, post_created_at);
--rollback DROP INDEX platform_post_slot_post_key;

--changeset segmint:publishing-create-function-platform-post-sync-slot splitStatements:false
--comment: checks that the profile publishes on the post's platform and claims the (content, profile) slot; runs as the owner because the application has no access to platform_post_slot
CREATE FUNCTION platform_post_sync_slot() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    profile_platform_id int;
BEGIN
    IF TG_OP = 'UPDATE'
       AND NEW.social_profile_id IS NOT DISTINCT FROM OLD.social_profile_id
       AND NEW.content_id = OLD.content_id
       AND NEW.platform_id = OLD.platform_id THEN
        RETURN NULL;
    END IF;

    IF NEW.social_profile_id IS NOT NULL THEN
        SELECT p.id INTO profile_platform_id
        FROM social_profile sp
        JOIN platform p ON p.code = sp.platform
        WHERE sp.id = NEW.social_profile_id;
        IF profile_platform_id IS DISTINCT FROM NEW.platform_id THEN
            RAISE EXCEPTION 'social_profile_id % does not publish on platform_id %',
                    NEW.social_profile_id, NEW.platform_id
                USING ERRCODE = '23514',
                      COLUMN = 'social_profile_id',
                      TABLE = 'platform_post',
                      SCHEMA = TG_TABLE_SCHEMA;
        END IF;
    END IF;

    -- also clears a stale slot when a changed created_at moved the row to another partition
    DELETE FROM platform_post_slot WHERE post_id IN (NEW.id, OLD.id);

    IF NEW.social_profile_id IS NOT NULL THEN
        INSERT INTO platform_post_slot (content_id, social_profile_id, post_id, post_created_at)
        VALUES (NEW.content_id, NEW.social_profile_id, NEW.id, NEW.created_at);
    END IF;
    RETURN NULL;
END
$$;
--rollback DROP FUNCTION platform_post_sync_slot();

--changeset segmint:publishing-revoke-function-platform-post-sync-slot
REVOKE EXECUTE ON FUNCTION platform_post_sync_slot() FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION platform_post_sync_slot() TO PUBLIC;

--changeset segmint:publishing-create-trigger-platform-post-sync-slot
CREATE TRIGGER platform_post_sync_slot
    AFTER INSERT OR UPDATE OF social_profile_id, content_id, platform_id ON platform_post
    FOR EACH ROW EXECUTE FUNCTION platform_post_sync_slot();
--rollback DROP TRIGGER platform_post_sync_slot ON platform_post;

--changeset segmint:publishing-grant-platform-post-slot-readonly
GRANT SELECT ON platform_post_slot TO segmint_readonly;
--rollback REVOKE SELECT ON platform_post_slot FROM segmint_readonly;
