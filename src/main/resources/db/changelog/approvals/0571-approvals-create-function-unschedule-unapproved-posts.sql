--liquibase formatted sql

--changeset segmint:approvals-create-function-unschedule-unapproved-posts splitStatements:false
--comment: unless every workflow on the content is approved, its scheduled posts go back to draft, so the dispatcher never claims them with unapproved words; posts already publishing (or done) are on their way and left alone. The owner is told why by a notification (kind posts_back_to_draft) in the same transaction. Shared by the edit of approved content and the opening of a workflow on scheduled content.
CREATE FUNCTION unschedule_unapproved_posts(p_content_id int, p_owner_id int, p_title text, p_because text)
    RETURNS int
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    unscheduled int;
    underway    int;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM approval_workflow w WHERE w.content_id = p_content_id AND w.status <> 'approved') THEN
        RETURN 0;
    END IF;
    UPDATE platform_post p SET status = 'draft' WHERE p.content_id = p_content_id AND p.status = 'scheduled';
    GET DIAGNOSTICS unscheduled = ROW_COUNT;
    IF unscheduled = 0 OR p_owner_id IS NULL THEN
        RETURN unscheduled;
    END IF;
    SELECT count(*) INTO underway FROM platform_post p WHERE p.content_id = p_content_id AND p.status = 'publishing';
    INSERT INTO notification (user_id, kind, message, link, event_key)
    VALUES (
        p_owner_id,
        'posts_back_to_draft',
        format('%s scheduled post(s) of "%s" went back to draft: %s%s',
               unscheduled, p_title, p_because,
               CASE WHEN underway > 0 THEN format(' %s post(s) already publishing were not stopped.', underway) ELSE '' END),
        '/api/v1/platform-posts?contentId=' || p_content_id || '&status=draft',
        'posts-back-to-draft:' || p_content_id || ':' || txid_current());
    RETURN unscheduled;
END
$$;
--rollback DROP FUNCTION unschedule_unapproved_posts(int, int, text, text);

--changeset segmint:approvals-revoke-function-unschedule-unapproved-posts
REVOKE EXECUTE ON FUNCTION unschedule_unapproved_posts(int, int, text, text) FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION unschedule_unapproved_posts(int, int, text, text) TO PUBLIC;

--changeset segmint:approvals-replace-function-approval-workflow-reopen-unschedule splitStatements:false rollbackSplitStatements:false
--comment: the same rule as 0515, its posts part now shared with the opening of a workflow (unschedule_unapproved_posts); a workflow reopened without the approvers it needs (an account removed meanwhile) is blocked at once rather than pending forever (approval_workflow_block_unapprovable)
CREATE OR REPLACE FUNCTION approval_workflow_reopen() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    UPDATE approval_workflow w
    SET status = 'pending', round = w.round + 1
    WHERE w.content_id = NEW.id
      AND (w.status <> 'pending'
           OR EXISTS (
               SELECT 1 FROM workflow_decision d
               WHERE d.workflow_id = w.id AND d.round = w.round AND d.kind <> 'comment'
           ));
    PERFORM approval_workflow_block_unapprovable(
        ARRAY(SELECT w.id FROM approval_workflow w WHERE w.content_id = NEW.id));
    PERFORM unschedule_unapproved_posts(
        NEW.id, NEW.user_id, NEW.title,
        'the content changed after its approval. Schedule them again once it is approved again.');
    RETURN NULL;
END
$$;
--rollback CREATE OR REPLACE FUNCTION approval_workflow_reopen() RETURNS trigger
--rollback     LANGUAGE plpgsql
--rollback     SECURITY DEFINER
--rollback     SET search_path = segmint, pg_catalog
--rollback AS $$
--rollback DECLARE
--rollback     unscheduled int;
--rollback     underway    int;
--rollback BEGIN
--rollback     UPDATE approval_workflow w
--rollback     SET status = 'pending', round = w.round + 1
--rollback     WHERE w.content_id = NEW.id
--rollback       AND (w.status <> 'pending'
--rollback            OR EXISTS (
--rollback                SELECT 1 FROM workflow_decision d
--rollback                WHERE d.workflow_id = w.id AND d.round = w.round AND d.kind <> 'comment'
--rollback            ));
--rollback     IF NOT EXISTS (SELECT 1 FROM approval_workflow w WHERE w.content_id = NEW.id AND w.status <> 'approved') THEN
--rollback         RETURN NULL;
--rollback     END IF;
--rollback     UPDATE platform_post p SET status = 'draft' WHERE p.content_id = NEW.id AND p.status = 'scheduled';
--rollback     GET DIAGNOSTICS unscheduled = ROW_COUNT;
--rollback     IF unscheduled = 0 OR NEW.user_id IS NULL THEN
--rollback         RETURN NULL;
--rollback     END IF;
--rollback     SELECT count(*) INTO underway FROM platform_post p WHERE p.content_id = NEW.id AND p.status = 'publishing';
--rollback     INSERT INTO notification (user_id, kind, message, link, event_key)
--rollback     VALUES (
--rollback         NEW.user_id,
--rollback         'posts_back_to_draft',
--rollback         format('%s scheduled post(s) of "%s" went back to draft: the content changed after its approval. Schedule them again once it is approved again.%s',
--rollback                unscheduled, NEW.title,
--rollback                CASE WHEN underway > 0 THEN format(' %s post(s) already publishing were not stopped.', underway) ELSE '' END),
--rollback         '/api/v1/platform-posts?contentId=' || NEW.id || '&status=draft',
--rollback         'posts-back-to-draft:' || NEW.id || ':' || txid_current());
--rollback     RETURN NULL;
--rollback END
--rollback $$;
