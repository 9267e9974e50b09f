--liquibase formatted sql

--changeset segmint:approvals-create-function-approval-workflow-unapprovable splitStatements:false
--comment: why a workflow could never be approved, or NULL: it has no approver but its owner (who never approves their own content), or a stage has fewer such approvers than the policy's N. Raises SQLSTATE 23514 naming the field (members, required_approvals).
CREATE FUNCTION approval_workflow_require_approvable(p_workflow_id int) RETURNS void
    LANGUAGE plpgsql
    STABLE
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
DECLARE
    workflow    approval_workflow;
    approvers   int;
    short_stage record;
BEGIN
    SELECT * INTO workflow FROM approval_workflow w WHERE w.id = p_workflow_id;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    SELECT count(*) INTO approvers FROM team_member t
    WHERE t.workflow_id = p_workflow_id AND t.role = 'approver'
      AND t.member_id IS DISTINCT FROM workflow.user_id;
    IF approvers = 0 THEN
        RAISE EXCEPTION 'workflow % has no approver besides its owner: it could never be approved', p_workflow_id
            USING ERRCODE = '23514', COLUMN = 'members', CONSTRAINT = 'approval_workflow_approvable',
                  TABLE = 'approval_workflow', SCHEMA = 'segmint';
    END IF;
    SELECT t.stage, count(*) AS approvers INTO short_stage FROM team_member t
    WHERE t.workflow_id = p_workflow_id AND t.role = 'approver'
      AND t.member_id IS DISTINCT FROM workflow.user_id
    GROUP BY t.stage
    HAVING count(*) < workflow.required_approvals
    ORDER BY t.stage
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'stage % has % approvers, fewer than the % required: it could never be approved',
                short_stage.stage, short_stage.approvers, workflow.required_approvals
            USING ERRCODE = '23514', COLUMN = 'required_approvals',
                  CONSTRAINT = 'approval_workflow_approvable', TABLE = 'approval_workflow', SCHEMA = 'segmint';
    END IF;
END
$$;
--rollback DROP FUNCTION approval_workflow_require_approvable(int);

--changeset segmint:approvals-create-function-approval-workflow-check-approvable splitStatements:false
--comment: the constraint triggers' body; a member removed because an admin erased their account leaves the workflow as it is (the erasure must not fail; the owner adds another approver)
CREATE FUNCTION approval_workflow_check_approvable() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    IF TG_TABLE_NAME = 'approval_workflow' THEN
        PERFORM approval_workflow_require_approvable(NEW.id);
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF is_privileged() AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = OLD.member_id) THEN
            RETURN NULL;
        END IF;
        PERFORM approval_workflow_require_approvable(OLD.workflow_id);
        RETURN NULL;
    END IF;
    PERFORM approval_workflow_require_approvable(NEW.workflow_id);
    IF TG_OP = 'UPDATE' AND OLD.workflow_id <> NEW.workflow_id THEN
        PERFORM approval_workflow_require_approvable(OLD.workflow_id);
    END IF;
    RETURN NULL;
END
$$;
--rollback DROP FUNCTION approval_workflow_check_approvable();

--changeset segmint:approvals-revoke-functions-approval-workflow-approvable
REVOKE EXECUTE ON FUNCTION approval_workflow_require_approvable(int), approval_workflow_check_approvable() FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION approval_workflow_require_approvable(int), approval_workflow_check_approvable() TO PUBLIC;

--changeset segmint:approvals-create-trigger-approval-workflow-approvable
--comment: checked at commit, so a workflow and its members can be written in any order in one transaction; the application checks earlier with SET CONSTRAINTS ... IMMEDIATE
CREATE CONSTRAINT TRIGGER approval_workflow_approvable
    AFTER INSERT OR UPDATE OF required_approvals ON approval_workflow
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION approval_workflow_check_approvable();
--rollback DROP TRIGGER approval_workflow_approvable ON approval_workflow;

--changeset segmint:approvals-create-trigger-team-member-approvable
CREATE CONSTRAINT TRIGGER team_member_approvable
    AFTER INSERT OR DELETE OR UPDATE OF role, stage, workflow_id ON team_member
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION approval_workflow_check_approvable();
--rollback DROP TRIGGER team_member_approvable ON team_member;
