--liquibase formatted sql

--changeset segmint:approvals-create-function-approval-workflow-unschedule-posts splitStatements:false
--comment: opening a workflow (pending) on content whose posts are already scheduled takes them back to draft in the same transaction and tells the owner, as an edit after approval does: scheduled words must be approved words
CREATE FUNCTION approval_workflow_unschedule_posts() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    title text;
BEGIN
    SELECT c.title INTO title FROM content c WHERE c.id = NEW.content_id;
    PERFORM unschedule_unapproved_posts(
        NEW.content_id, NEW.user_id, title,
        'an approval workflow was opened on it. Schedule them again once it is approved.');
    RETURN NULL;
END
$$;
--rollback DROP FUNCTION approval_workflow_unschedule_posts();

--changeset segmint:approvals-revoke-function-approval-workflow-unschedule-posts
REVOKE EXECUTE ON FUNCTION approval_workflow_unschedule_posts() FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION approval_workflow_unschedule_posts() TO PUBLIC;

--changeset segmint:approvals-create-trigger-approval-workflow-unschedule-posts
CREATE TRIGGER approval_workflow_unschedule_posts
    AFTER INSERT ON approval_workflow
    FOR EACH ROW EXECUTE FUNCTION approval_workflow_unschedule_posts();
--rollback DROP TRIGGER approval_workflow_unschedule_posts ON approval_workflow;
