--liquibase formatted sql

--changeset segmint:publishing-create-function-platform-post-check-change splitStatements:false
--comment: rescheduling rules, whichever path writes: only a draft or scheduled post changes its time, text or media (SQLSTATE SGA03, 409: one publishing or done is on its way); a new time, or a draft scheduled again, must be in the future (22023 naming scheduled_time). Whether the content is approved is platform_post_require_approval's rule.
CREATE FUNCTION platform_post_check_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    IF (NEW.scheduled_time, NEW.text_variant, NEW.thread_parts, NEW.media)
           IS DISTINCT FROM (OLD.scheduled_time, OLD.text_variant, OLD.thread_parts, OLD.media)
       AND OLD.status NOT IN ('draft', 'scheduled') THEN
        RAISE EXCEPTION 'platform post % is %: only a draft or scheduled post can change', OLD.id, OLD.status
            USING ERRCODE = 'SGA03', COLUMN = 'status';
    END IF;
    IF NEW.scheduled_time <= now()
       AND (NEW.scheduled_time IS DISTINCT FROM OLD.scheduled_time
            OR (OLD.status = 'draft' AND NEW.status = 'scheduled')) THEN
        RAISE EXCEPTION 'scheduled_time must be in the future'
            USING ERRCODE = '22023', COLUMN = 'scheduled_time';
    END IF;
    RETURN NEW;
END
$$;
--rollback DROP FUNCTION platform_post_check_change();

--changeset segmint:publishing-revoke-function-platform-post-check-change
REVOKE EXECUTE ON FUNCTION platform_post_check_change() FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION platform_post_check_change() TO PUBLIC;

--changeset segmint:publishing-create-trigger-platform-post-check-change
--comment: on the partitioned table: PostgreSQL clones it to every partition, present and future
CREATE TRIGGER platform_post_check_change
    BEFORE UPDATE OF scheduled_time, text_variant, thread_parts, media, status ON platform_post
    FOR EACH ROW EXECUTE FUNCTION platform_post_check_change();
--rollback DROP TRIGGER platform_post_check_change ON platform_post;
