--liquibase formatted sql

--changeset segmint:approvals-replace-function-approval-workflow-recompute-blocked splitStatements:false rollbackSplitStatements:false
--comment: as 0513, and a pending workflow whose team can no longer approve (its only approver, or one of N required, left: only an erased or deleted account can leave so, every other removal is refused) is never approved by the approvals that remain: it is blocked (approval_workflow_block_unapprovable). A blocked workflow (changes_requested with no member's request for changes this round) is pending again once a member change makes it approvable.
CREATE OR REPLACE FUNCTION approval_workflow_recompute() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = segmint, pg_catalog
AS $$
BEGIN
    -- lock first, then read members and decisions afresh: a decision taken meanwhile is seen
    PERFORM 1 FROM approval_workflow w WHERE w.id IN (OLD.workflow_id, NEW.workflow_id) FOR UPDATE;
    UPDATE approval_workflow w
    SET status = 'pending'
    WHERE w.id IN (OLD.workflow_id, NEW.workflow_id)
      AND w.status = 'changes_requested'
      AND NOT EXISTS (
          SELECT 1 FROM workflow_decision d
          WHERE d.workflow_id = w.id AND d.round = w.round AND d.kind = 'request_changes'
      )
      AND approval_workflow_is_approvable(w.id);
    UPDATE approval_workflow w
    SET status = 'approved'
    WHERE w.id IN (OLD.workflow_id, NEW.workflow_id)
      AND w.status = 'pending'
      AND approval_workflow_is_approvable(w.id)
      AND approval_stages_satisfied(w.id, NULL);
    IF TG_OP = 'DELETE' THEN
        PERFORM approval_workflow_block_unapprovable(ARRAY[OLD.workflow_id]);
    END IF;
    RETURN NULL;
END
$$;
--rollback CREATE OR REPLACE FUNCTION approval_workflow_recompute() RETURNS trigger
--rollback     LANGUAGE plpgsql
--rollback     SECURITY DEFINER
--rollback     SET search_path = segmint, pg_catalog
--rollback AS $$
--rollback BEGIN
--rollback     -- lock first, then read members and decisions afresh: a decision taken meanwhile is seen
--rollback     PERFORM 1 FROM approval_workflow w WHERE w.id IN (OLD.workflow_id, NEW.workflow_id) FOR UPDATE;
--rollback     UPDATE approval_workflow w
--rollback     SET status = 'approved'
--rollback     WHERE w.id IN (OLD.workflow_id, NEW.workflow_id)
--rollback       AND w.status = 'pending'
--rollback       AND EXISTS (
--rollback           SELECT 1 FROM team_member t
--rollback           WHERE t.workflow_id = w.id AND t.role = 'approver' AND t.member_id IS DISTINCT FROM w.user_id
--rollback       )
--rollback       AND approval_stages_satisfied(w.id, NULL);
--rollback     RETURN NULL;
--rollback END
--rollback $$;
