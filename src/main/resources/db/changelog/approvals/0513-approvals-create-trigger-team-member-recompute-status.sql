--liquibase formatted sql

--changeset segmint:approvals-create-function-approval-workflow-recompute splitStatements:false
--comment: a change of a pending workflow's members recomputes it: only current approvers' approvals of this round count, so removing the last approver who had not approved approves it, and removing one whose approval counted takes that approval away. A decided workflow (approved, rejected, changes_requested) keeps its verdict: only an edit of the content starts a new round.
CREATE FUNCTION approval_workflow_recompute() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    -- lock first, then read members and decisions afresh: a decision taken meanwhile is seen
    PERFORM 1 FROM approval_workflow w WHERE w.id IN (OLD.workflow_id, NEW.workflow_id) FOR UPDATE;
    UPDATE approval_workflow w
    SET status = 'approved'
    WHERE w.id IN (OLD.workflow_id, NEW.workflow_id)
      AND w.status = 'pending'
      AND EXISTS (
          SELECT 1 FROM team_member t
          WHERE t.workflow_id = w.id AND t.role = 'approver' AND t.member_id IS DISTINCT FROM w.user_id
      )
      AND approval_stages_satisfied(w.id, NULL);
    RETURN NULL;
END
$$;
--rollback DROP FUNCTION approval_workflow_recompute();

--changeset segmint:approvals-revoke-function-approval-workflow-recompute
REVOKE EXECUTE ON FUNCTION approval_workflow_recompute() FROM PUBLIC;
--rollback GRANT EXECUTE ON FUNCTION approval_workflow_recompute() TO PUBLIC;

--changeset segmint:approvals-create-trigger-team-member-recompute-status
CREATE TRIGGER team_member_recompute_status
    AFTER INSERT OR DELETE OR UPDATE OF role, stage, workflow_id ON team_member
    FOR EACH ROW EXECUTE FUNCTION approval_workflow_recompute();
--rollback DROP TRIGGER team_member_recompute_status ON team_member;
