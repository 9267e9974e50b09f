--liquibase formatted sql

--changeset segmint:approvals-replace-function-approval-workflow-reopen splitStatements:false rollbackSplitStatements:false
--comment: an edit of a content's title or body sends its workflows back to pending in a new round (earlier approvals were for other words), and then, unless every workflow on it is approved, its scheduled posts back to draft in the same transaction, so the dispatcher never claims them with unapproved words; posts already publishing (or done) are on their way and left alone. The owner is told by a notification written in the same transaction.
CREATE OR REPLACE FUNCTION approval_workflow_reopen() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    unscheduled int;
    underway    int;
BEGIN
    UPDATE approval_workflow w
    SET status = 'pending', round = w.round + 1
    WHERE w.content_id = NEW.id
      AND (w.status <> 'pending'
           OR EXISTS (
               SELECT 1 FROM workflow_decision d
               WHERE d.workflow_id = w.id AND d.round = w.round AND d.kind <> 'comment'
           ));
    IF NOT EXISTS (SELECT 1 FROM approval_workflow w WHERE w.content_id = NEW.id AND w.status <> 'approved') THEN
        RETURN NULL;
    END IF;
    UPDATE platform_post p SET status = 'draft' WHERE p.content_id = NEW.id AND p.status = 'scheduled';
    GET DIAGNOSTICS unscheduled = ROW_COUNT;
    IF unscheduled = 0 OR NEW.user_id IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT count(*) INTO underway FROM platform_post p WHERE p.content_id = NEW.id AND p.status = 'publishing';
    INSERT INTO notification (user_id, kind, message, link, event_key)
    VALUES (
        NEW.user_id,
        'posts_back_to_draft',
        format('%s scheduled post(s) of "%s" went back to draft: the content changed after its approval. Schedule them again once it is approved again.%s',
               unscheduled, NEW.title,
               CASE WHEN underway > 0 THEN format(' %s post(s) already publishing were not stopped.', underway) ELSE '' END),
        '/api/v1/platform-posts?contentId=' || NEW.id || '&status=draft',
        'posts-back-to-draft:' || NEW.id || ':' || txid_current());
    RETURN NULL;
END
$$;
--rollback CREATE OR REPLACE FUNCTION approval_workflow_reopen() RETURNS trigger
--rollback     LANGUAGE plpgsql
--rollback     SECURITY DEFINER
--rollback     SET search_path = segmint, pg_catalog
--rollback AS $$
--rollback BEGIN
--rollback     UPDATE approval_workflow w
--rollback     SET status = 'pending', round = w.round + 1
--rollback     WHERE w.content_id = NEW.id
--rollback       AND (w.status <> 'pending'
--rollback            OR EXISTS (
--rollback                SELECT 1 FROM workflow_decision d
--rollback                WHERE d.workflow_id = w.id AND d.round = w.round AND d.kind <> 'comment'
--rollback            ));
--rollback     RETURN NULL;
--rollback END
--rollback $$;
