--liquibase formatted sql

--changeset segmint:publishing-drop-trigger-platform-post-check-change
--comment: the trigger fired on every change of status, so on each of the dispatcher's claims and outcomes; its function only acts when the time, text, thread parts or media change, or a draft is scheduled again, which a WHEN condition now tests before any call
DROP TRIGGER platform_post_check_change ON platform_post;
--rollback CREATE TRIGGER platform_post_check_change BEFORE UPDATE OF scheduled_time, text_variant, thread_parts, media, status ON platform_post FOR EACH ROW EXECUTE FUNCTION platform_post_check_change();

--changeset segmint:publishing-create-trigger-platform-post-check-change-when
CREATE TRIGGER platform_post_check_change
    BEFORE UPDATE OF scheduled_time, text_variant, thread_parts, media, status ON platform_post
    FOR EACH ROW
    WHEN ((NEW.scheduled_time, NEW.text_variant, NEW.thread_parts, NEW.media)
              IS DISTINCT FROM (OLD.scheduled_time, OLD.text_variant, OLD.thread_parts, OLD.media)
          OR (OLD.status = 'draft' AND NEW.status = 'scheduled'))
    EXECUTE FUNCTION platform_post_check_change();
--rollback DROP TRIGGER platform_post_check_change ON platform_post;
