--liquibase formatted sql

--changeset segmint:approvals-create-function-approval-workflow-reopen splitStatements:false
--comment: an edit of a content's title or body sends its workflows back to pending in a new round: earlier approvals were for other words
CREATE FUNCTION approval_workflow_reopen() RETURNS trigger
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
    RETURN NULL;
END
$$;
--rollback DROP FUNCTION approval_workflow_reopen();

--changeset segmint:approvals-revoke-function-approval-workflow-reopen
REVOKE EXECUTE ON FUNCTION approval_workflow_reopen() FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION approval_workflow_reopen() TO PUBLIC;

--changeset segmint:approvals-create-trigger-content-reopen-workflows
CREATE TRIGGER content_reopen_workflows
    AFTER UPDATE OF title, body ON content
    FOR EACH ROW
    WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.body IS DISTINCT FROM NEW.body)
    EXECUTE FUNCTION approval_workflow_reopen();
--rollback DROP TRIGGER content_reopen_workflows ON content;
